/**
 * unbalanced-brackets: a ( [ { without its closer, or a closer without its opener, in the target. A bracket
 * the source leaves open too (a parenthesis that spans two sentences) is faithful and not reported.
 */
import { excerpt, isUntranslated, makeFinding, type CheckInfo } from '../finding';
import type { QaFinding, QaSegment, SegmentCheck } from '../types';

const info: CheckInfo = { id: 'unbalanced-brackets', severity: 'warning', message: 'qa.unbalancedBrackets' };
const OPENERS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

interface Stray {
  char: string;
  at: number;
}

export function strayBrackets(text: string): Stray[] {
  const open: Stray[] = [];
  const stray: Stray[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (OPENERS[c] !== undefined) open.push({ char: c, at: i });
    else if (CLOSERS[c] !== undefined) {
      if (open.length > 0 && open[open.length - 1]?.char === CLOSERS[c]) open.pop();
      else stray.push({ char: c, at: i });
    }
  }
  return [...stray, ...open].sort((a, b) => a.at - b.at);
}

export const unbalancedBrackets: SegmentCheck = {
  id: info.id,
  severity: info.severity,
  run(seg: QaSegment): QaFinding[] {
    if (isUntranslated(seg) || !/[()[\]{}]/.test(seg.target)) return [];
    const fromSource = new Map<string, number>();
    for (const s of strayBrackets(seg.source)) fromSource.set(s.char, (fromSource.get(s.char) ?? 0) + 1);
    const out: QaFinding[] = [];
    for (const s of strayBrackets(seg.target)) {
      const faithful = fromSource.get(s.char) ?? 0;
      if (faithful > 0) {
        fromSource.set(s.char, faithful - 1);
        continue;
      }
      out.push(
        makeFinding(
          info,
          seg,
          excerpt(seg.target, s.at, s.at + 1),
          { char: s.char },
          { field: 'target', start: s.at, end: s.at + 1 },
        ),
      );
    }
    return out;
  },
};
