/**
 * The English words of a target that a spell checker should look at, with their offsets. Skipped on
 * purpose: anything with a digit («P5+1», «1402»), all-capital acronyms («JCPOA», «IAEA»), single letters,
 * web and mail addresses, and any Persian left in the target (the QA check reports that instead).
 */

export interface WordRange {
  word: string;
  start: number;
  end: number;
}

// Letters with inner apostrophes or hyphens: «don't», «Ayatollah's». Hyphenated parts are checked apart.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;
const SKIP_SPANS = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+/gu;
const LATIN = /^[\p{Script=Latin}\p{M}'’]+$/u;

export function englishWords(text: string): WordRange[] {
  const skipped: [number, number][] = [];
  for (const m of text.matchAll(SKIP_SPANS)) skipped.push([m.index, m.index + m[0].length]);
  const out: WordRange[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const start = m.index;
    if (word.length < 2 || !LATIN.test(word)) continue;
    if (word === word.toUpperCase()) continue;
    if (skipped.some(([a, b]) => start >= a && start < b)) continue;
    out.push({ word, start, end: start + word.length });
  }
  return out;
}
