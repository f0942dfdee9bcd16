/**
 * The words a translation memory compares: word and number tokens of a text, each with its match key (the
 * glossary's folding: Arabic/Persian letter forms, digits, diacritics, case) and with ZWNJ taken out of the
 * key, so «بین‌المللی» and «بینالمللی» are one word. The spaced spelling «بین المللی» stays two words;
 * the scorer (score.ts) treats two words that join into the other side's one word as equal.
 * Offsets point into the original text, for the diff marks and the adaptation of numbers.
 */
import { KEY_ZWNJ, normalizeForMatchScratch } from '../text/normalize';
import { tokenize } from '../text/tokenize';

export interface TmWord {
  /** Match key: folded, no ZWNJ; numbers without thousands separators ("1,200" → "1200"). */
  key: string;
  /** JS string offsets into the original text. */
  start: number;
  end: number;
  number: boolean;
}

export interface TmText {
  text: string;
  words: TmWord[];
  /** Keys of the punctuation tokens in order: a difference only there scores 99, not 100. */
  punct: string;
}

const ZWNJ = String.fromCharCode(KEY_ZWNJ);

/** Tokenizes the folded key (one fold per text, not per word) and maps each token back to the original. */
export function tmText(text: string): TmText {
  const { key, starts, ends } = normalizeForMatchScratch(text);
  const words: TmWord[] = [];
  let punct = '';
  for (const t of tokenize(key)) {
    if (t.kind === 'punct') {
      punct += t.text;
      continue;
    }
    const number = t.kind === 'number';
    let k = t.text.includes(ZWNJ) ? t.text.split(ZWNJ).join('') : t.text;
    if (number && k.includes(',')) k = k.split(',').join('');
    words.push({
      key: k,
      start: starts[t.start] as number,
      end: ends[t.end - 1] as number,
      number,
    });
  }
  return { text, words, punct };
}

/** Word keys only (what the index stores and the scorer compares). */
export function tmKeys(text: string): string[] {
  return tmText(text).words.map((w) => w.key);
}

/**
 * Identity of a source for exact matches and repetitions: the word keys with nothing between them, so
 * spaced, joined and ZWNJ spellings of a sentence are one source, and punctuation does not count.
 */
export function exactKey(keys: readonly string[]): string {
  return keys.join('');
}

/**
 * A 52-bit hash of an exact key, small enough to index a million units cheaply in SQLite (an INTEGER
 * column) and exact in a JS number. Collisions are possible, so callers compare the keys afterwards.
 */
export function exactHash(key: string): number {
  // Two 32-bit FNV-1a style lanes with different seeds, combined into 52 bits.
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return (h1 >>> 0) * 0x100000 + ((h2 >>> 0) & 0xfffff);
}
