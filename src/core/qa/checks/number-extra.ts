/** number-extra: a number in the target that the source does not have (a typo, or a wrong conversion). */
import { isUntranslated, makeFinding, type CheckInfo } from '../finding';
import { compareNumbers } from '../number-match';
import type { QaFinding, QaSegment, SegmentCheck } from '../types';

const info: CheckInfo = { id: 'number-extra', severity: 'warning', message: 'qa.numberExtra' };

export const numberExtra: SegmentCheck = {
  id: info.id,
  severity: info.severity,
  run(seg: QaSegment): QaFinding[] {
    if (isUntranslated(seg)) return [];
    return compareNumbers(seg).extra.map((n) =>
      makeFinding(
        info,
        seg,
        n.raw,
        { number: n.values[0] ?? n.raw },
        { field: 'target', start: n.start, end: n.end },
      ),
    );
  },
};
