/** untranslated: the source has words or numbers and the target is still empty. */
import { clip, makeFinding, type CheckInfo } from '../finding';
import type { QaFinding, QaSegment, SegmentCheck } from '../types';

const info: CheckInfo = { id: 'untranslated', severity: 'warning', message: 'qa.untranslated' };

export const untranslated: SegmentCheck = {
  id: info.id,
  severity: info.severity,
  run(seg: QaSegment): QaFinding[] {
    if (seg.target.trim() !== '' || !/[\p{L}\p{N}]/u.test(seg.source)) return [];
    return [
      makeFinding(info, seg, clip(seg.source), {}, { field: 'source', start: 0, end: seg.source.length }),
    ];
  },
};
