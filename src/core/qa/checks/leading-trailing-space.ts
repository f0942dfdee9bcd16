/**
 * leading-trailing-space: whitespace at either end of the target. Exports join segments with one space, so
 * a stray one becomes a double space (or a space before a full stop) in the delivered text.
 */
import { isUntranslated, makeFinding, type CheckInfo } from '../finding';
import type { QaFinding, QaSegment, SegmentCheck } from '../types';

const info: CheckInfo = {
  id: 'leading-trailing-space',
  severity: 'info',
  message: 'qa.leadingTrailingSpace',
};

export const leadingTrailingSpace: SegmentCheck = {
  id: info.id,
  severity: info.severity,
  run(seg: QaSegment): QaFinding[] {
    if (isUntranslated(seg)) return [];
    const t = seg.target;
    const lead = t.length - t.trimStart().length;
    const trail = t.length - t.trimEnd().length;
    const out: QaFinding[] = [];
    if (lead > 0) {
      const words = /^\S+(?:\s+\S+){0,2}/u.exec(t.slice(lead))?.[0] ?? '';
      out.push(makeFinding(info, seg, words, { where: 'leading' }, { field: 'target', start: 0, end: lead }));
    }
    if (trail > 0) {
      const end = t.length - trail;
      const words = /\S+(?:\s+\S+){0,2}$/u.exec(t.slice(0, end))?.[0] ?? '';
      out.push(
        makeFinding(info, seg, words, { where: 'trailing' }, { field: 'target', start: end, end: t.length }),
      );
    }
    return out;
  },
};
