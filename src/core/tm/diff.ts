/**
 * Word-by-word difference between the current source and a match's source, for the match panel: the
 * match's source in order, with the words the current source lacks marked `match`, and the current
 * source's words the match lacks marked `current` (where they would go). Equal words are shown as the
 * match spells them.
 */
import type { DiffKind, DiffPart } from '../../shared/tm';
import { alignWords, type AlignOp } from './score';
import type { TmText } from './words';

export type { DiffKind, DiffPart };

export function diffSources(current: TmText, match: TmText): DiffPart[] {
  const { ops } = alignWords(
    current.words.map((w) => w.key),
    match.words.map((w) => w.key),
  );
  return diffFromOps(current, match, ops);
}

/** Text of words [from, to) of `t`, with what lies between them (spaces, punctuation) kept. */
function span(t: TmText, from: number, to: number): string {
  if (from >= to) return '';
  return t.text.slice((t.words[from] as { start: number }).start, (t.words[to - 1] as { end: number }).end);
}

export function diffFromOps(current: TmText, match: TmText, ops: readonly AlignOp[]): DiffPart[] {
  const parts: DiffPart[] = [];
  const push = (kind: DiffKind, text: string): void => {
    if (text === '') return;
    const last = parts[parts.length - 1];
    if (last !== undefined && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  // Text of the match between its words (spaces, punctuation) goes with the equal run it sits in.
  let matchPos = 0;
  const gapBefore = (b0: number): string => {
    const w = match.words[b0];
    const start = w === undefined ? match.text.length : w.start;
    const gap = match.text.slice(matchPos, start);
    matchPos = Math.max(matchPos, start);
    return gap;
  };
  for (const op of ops) {
    if (op.b1 > op.b0) push('equal', gapBefore(op.b0));
    if (op.kind === 'equal') push('equal', span(match, op.b0, op.b1));
    else {
      push('match', span(match, op.b0, op.b1));
      const cur = span(current, op.a0, op.a1);
      if (cur !== '') push('current', ' ' + cur);
    }
    if (op.b1 > op.b0) matchPos = (match.words[op.b1 - 1] as { end: number }).end;
  }
  push('equal', match.text.slice(matchPos));
  return parts;
}
