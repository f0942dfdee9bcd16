/** doubled-word: the same word twice in a row ("the the"), ignoring case. "had had" and "that that" are English. */
import { isUntranslated, makeFinding, type CheckInfo } from '../finding';
import type { QaFinding, QaSegment, SegmentCheck } from '../types';

const info: CheckInfo = { id: 'doubled-word', severity: 'warning', message: 'qa.doubledWord' };
// A word with what may glue to it ("Iran's", "Major-General"): "Iran Iran's" is not a doubled word.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;
const ONLY_SPACE = /^[ \t\u00a0]+$/u;
const ALLOWED = new Set(['had', 'that']);

export const doubledWord: SegmentCheck = {
  id: info.id,
  severity: info.severity,
  run(seg: QaSegment): QaFinding[] {
    if (isUntranslated(seg)) return [];
    const t = seg.target;
    const out: QaFinding[] = [];
    // A scan over the words, comparing neighbours: a back-reference regex costs ten times more per segment.
    let prev = '';
    let prevStart = 0;
    let prevEnd = 0;
    for (const m of t.matchAll(WORD)) {
      const start = m.index ?? 0;
      const word = m[0].toLowerCase();
      if (word === prev && /\p{L}/u.test(word) && !ALLOWED.has(word) && ONLY_SPACE.test(t.slice(prevEnd, start))) {
        const end = start + m[0].length;
        out.push(makeFinding(info, seg, t.slice(prevStart, end), { word }, { field: 'target', start: prevStart, end }));
        prev = ''; // "the the the" is one finding
        continue;
      }
      prev = word;
      prevStart = start;
      prevEnd = start + m[0].length;
    }
    return out;
  },
};
