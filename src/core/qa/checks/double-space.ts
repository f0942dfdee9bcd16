/** double-space: two or more spaces between words (leading/trailing space is its own check). */
import { excerpt, isUntranslated, makeFinding, type CheckInfo } from '../finding';
import type { QaFinding, QaSegment, SegmentCheck } from '../types';

const info: CheckInfo = { id: 'double-space', severity: 'info', message: 'qa.doubleSpace' };
const MAYBE = /[\u00a0\t]/;
const SPACES = /(?<=\S)[ \u00a0\t]{2,}(?=\S)/gu;

export const doubleSpace: SegmentCheck = {
  id: info.id,
  severity: info.severity,
  run(seg: QaSegment): QaFinding[] {
    // The native substring search rules out almost every target before the regex runs.
    if (isUntranslated(seg) || (!seg.target.includes('  ') && !MAYBE.test(seg.target))) return [];
    const out: QaFinding[] = [];
    for (const m of seg.target.matchAll(SPACES)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      out.push(
        makeFinding(
          info,
          seg,
          excerpt(seg.target, start, end, 1),
          { count: m[0].length },
          { field: 'target', start, end },
        ),
      );
    }
    return out;
  },
};
