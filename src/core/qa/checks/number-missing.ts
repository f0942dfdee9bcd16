/** number-missing: a number of the source (in any digits or a tolerated rendering) is not in the target. */
import { isUntranslated, makeFinding, type CheckInfo } from '../finding';
import { compareNumbers } from '../number-match';
import type { QaFinding, QaSegment, SegmentCheck } from '../types';

const info: CheckInfo = { id: 'number-missing', severity: 'error', message: 'qa.numberMissing' };

export const numberMissing: SegmentCheck = {
  id: info.id,
  severity: info.severity,
  run(seg: QaSegment): QaFinding[] {
    if (isUntranslated(seg)) return [];
    return compareNumbers(seg).missing.map((n) =>
      makeFinding(
        info,
        seg,
        n.raw,
        { number: n.values[0] ?? n.raw },
        { field: 'source', start: n.start, end: n.end },
      ),
    );
  },
};
