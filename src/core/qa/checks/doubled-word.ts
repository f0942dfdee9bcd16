/** doubled-word: the same word twice in a row ("the the"), ignoring case. "had had" and "that that" are English. */
import { mayHaveRepeatedWord } from '../english-match';
import { isUntranslated, makeFinding, type CheckInfo } from '../finding';
import type { QaFinding, QaSegment, SegmentCheck } from '../types';

const info: CheckInfo = { id: 'doubled-word', severity: 'warning', message: 'qa.doubledWord' };
// A word with what may glue to it ("Iran's", "Major-General"): "Iran Iran's" is not a doubled word.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;
const ONLY_SPACE = /^[ \t\u00a0]+$/u;
const ALLOWED = new Set(['had', 'that']);
const HAS_LETTER = /\p{L}/u;

export const doubledWord: SegmentCheck = {
  id: info.id,
  severity: info.severity,
  run(seg: QaSegment): QaFinding[] {
    if (isUntranslated(seg) || !mayHaveRepeatedWord(seg.target)) return [];
    const t = seg.target;
    // Lower-case the whole target once; if that changes its length ("İ"), offsets would shift: fold per word.
    const lower = t.toLowerCase();
    const scan = lower.length === t.length ? lower : t;
    const out: QaFinding[] = [];
    // A scan over the words comparing neighbours: a back-reference regex costs several times more.
    let prev = '';
    let prevStart = 0;
    let prevEnd = 0;
    for (const m of scan.matchAll(WORD)) {
      const word = scan === lower ? m[0] : m[0].toLowerCase();
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (
        word === prev &&
        !ALLOWED.has(word) &&
        HAS_LETTER.test(word) &&
        ONLY_SPACE.test(t.slice(prevEnd, start))
      ) {
        out.push(
          makeFinding(
            info,
            seg,
            t.slice(prevStart, end),
            { word },
            { field: 'target', start: prevStart, end },
          ),
        );
        prev = ''; // "the the the" is one finding
        continue;
      }
      prev = word;
      prevStart = start;
      prevEnd = end;
    }
    return out;
  },
};
