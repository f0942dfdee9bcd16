/**
 * Word-level edit similarity between two sources, over match keys (words.ts). Insert, delete and
 * substitute cost one word each; two adjacent words that join into the other side's one word cost
 * nothing, so «بین المللی» against «بینالمللی» (or «رئیس جمهور» against «رئیسجمهور») is no difference.
 * score = 100 × (1 − distance / longer word count), rounded down; equal words with different punctuation
 * score 99, so a true 100% means the same sentence.
 */
import type { TmText } from './words';

export type AlignKind = 'equal' | 'replace' | 'insert' | 'delete';

/** One step of the alignment: words [a0, a1) of the current source against words [b0, b1) of the match's. */
export interface AlignOp {
  kind: AlignKind;
  a0: number;
  a1: number;
  b0: number;
  b1: number;
}

export interface Alignment {
  distance: number;
  ops: AlignOp[];
}

/** Step codes kept for the backtrace. */
const SUB = 1;
const DEL = 2; // a word of `a` with nothing in `b`
const INS = 3; // a word of `b` with nothing in `a`
const JOIN_A = 4; // a[i-2] + a[i-1] === b[j-1]
const JOIN_B = 5; // b[j-2] + b[j-1] === a[i-1]

function matrix(a: readonly string[], b: readonly string[]): { d: Uint32Array; step: Uint8Array } {
  const n = a.length;
  const m = b.length;
  const w = m + 1;
  const d = new Uint32Array((n + 1) * w);
  const step = new Uint8Array((n + 1) * w);
  for (let j = 1; j <= m; j++) {
    d[j] = j;
    step[j] = INS;
  }
  for (let i = 1; i <= n; i++) {
    const ai = a[i - 1] as string;
    d[i * w] = i;
    step[i * w] = DEL;
    for (let j = 1; j <= m; j++) {
      const bj = b[j - 1] as string;
      let best = (d[(i - 1) * w + j - 1] as number) + (ai === bj ? 0 : 1);
      let how = SUB;
      const del = (d[(i - 1) * w + j] as number) + 1;
      if (del < best) {
        best = del;
        how = DEL;
      }
      const ins = (d[i * w + j - 1] as number) + 1;
      if (ins < best) {
        best = ins;
        how = INS;
      }
      // Joins: only tried when the lengths fit, which keeps the inner loop cheap.
      if (i >= 2 && bj.length === ai.length + (a[i - 2] as string).length) {
        const c = d[(i - 2) * w + j - 1] as number;
        if (c < best && bj === (a[i - 2] as string) + ai) {
          best = c;
          how = JOIN_A;
        }
      }
      if (j >= 2 && ai.length === bj.length + (b[j - 2] as string).length) {
        const c = d[(i - 1) * w + j - 2] as number;
        if (c < best && ai === (b[j - 2] as string) + bj) {
          best = c;
          how = JOIN_B;
        }
      }
      d[i * w + j] = best;
      step[i * w + j] = how;
    }
  }
  return { d, step };
}

/** Edit distance in words, with the joins above free. */
export function wordDistance(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  return matrix(a, b).d[a.length * (b.length + 1) + b.length] as number;
}

/** The distance and the steps that reach it, in text order. */
export function alignWords(a: readonly string[], b: readonly string[]): Alignment {
  const { d, step } = matrix(a, b);
  const w = b.length + 1;
  const ops: AlignOp[] = [];
  let i = a.length;
  let j = b.length;
  while (i > 0 || j > 0) {
    const how = step[i * w + j] as number;
    let op: AlignOp;
    if (how === SUB) {
      op = { kind: a[i - 1] === b[j - 1] ? 'equal' : 'replace', a0: i - 1, a1: i, b0: j - 1, b1: j };
    } else if (how === DEL) op = { kind: 'delete', a0: i - 1, a1: i, b0: j, b1: j };
    else if (how === INS) op = { kind: 'insert', a0: i, a1: i, b0: j - 1, b1: j };
    else if (how === JOIN_A) op = { kind: 'equal', a0: i - 2, a1: i, b0: j - 1, b1: j };
    else op = { kind: 'equal', a0: i - 1, a1: i, b0: j - 2, b1: j };
    ops.push(op);
    i = op.a0;
    j = op.b0;
  }
  ops.reverse();
  return { distance: d[a.length * w + b.length] as number, ops };
}

export function scoreFromDistance(distance: number, lengthA: number, lengthB: number): number {
  const longer = Math.max(lengthA, lengthB);
  if (longer === 0) return 100;
  return Math.max(0, Math.floor((100 * (longer - distance)) / longer));
}

/** Similarity of two texts in percent (see the file comment). */
export function tmScore(a: TmText, b: TmText): number {
  const ka = a.words.map((x) => x.key);
  const kb = b.words.map((x) => x.key);
  const score = scoreFromDistance(wordDistance(ka, kb), ka.length, kb.length);
  return score === 100 && a.punct !== b.punct ? 99 : score;
}
