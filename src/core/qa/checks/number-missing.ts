/**
 * number-missing: a number of the source (in any digits or a tolerated rendering) is not in the target.
 * Where the target has another number instead ("30" → "13"), this is the one finding for the change: the
 * message names both, and number-extra leaves the replacement alone.
 */
import { isUntranslated, makeFinding, type CheckInfo } from '../finding';
import { compareNumbers } from '../number-match';
import type { QaFinding, QaSegment, SegmentCheck } from '../types';

const info: CheckInfo = { id: 'number-missing', severity: 'error', message: 'qa.numberMissing' };

export const numberMissing: SegmentCheck = {
  id: info.id,
  severity: info.severity,
  run(seg: QaSegment): QaFinding[] {
    if (isUntranslated(seg)) return [];
    const { missing, changed } = compareNumbers(seg);
    return missing.map((n) => {
      const instead = changed.get(n);
      if (!instead)
        return makeFinding(
          info,
          seg,
          n.raw,
          { number: n.values[0] ?? n.raw },
          { field: 'source', start: n.start, end: n.end },
        );
      return makeFinding(
        { ...info, message: 'qa.numberChanged' },
        seg,
        instead.raw,
        { number: n.values[0] ?? n.raw, found: instead.raw },
        { field: 'target', start: instead.start, end: instead.end },
      );
    });
  },
};
