/**
 * The words a translation memory compares: word and number tokens of a text, each with its match key (the
 * glossary's folding: Arabic/Persian letter forms, digits, diacritics, case) and with ZWNJ taken out of the
 * key, so «بین‌المللی» and «بینالمللی» are one word. The spaced spelling «بین المللی» stays two words;
 * the scorer (score.ts) treats two words that join into the other side's one word as equal.
 * Offsets point into the original text, for the diff marks and the adaptation of numbers.
 */
import { foldUnits, KEY_ZWNJ, normalizeForMatchScratch } from '../text/normalize';
import { scanTokens, scanTokenUnits, tokenize } from '../text/tokenize';
import type { Token } from '../text/tokenize';

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
    words.push({
      key: wordKey(t.text, number),
      start: starts[t.start] as number,
      end: ends[t.end - 1] as number,
      number,
    });
  }
  return { text, words, punct };
}

/** A word token's key: no ZWNJ; a number without thousands separators. */
function wordKey(token: string, number: boolean): string {
  const k = without(token, ZWNJ);
  return number ? without(k, ',') : k;
}

/** `text` without any `char` (a few slices; split and join cost several times more). */
function without(text: string, char: string): string {
  let at = text.indexOf(char);
  if (at === -1) return text;
  let out = '';
  let from = 0;
  for (; at !== -1; at = text.indexOf(char, from)) {
    out += text.slice(from, at);
    from = at + 1;
  }
  return out + text.slice(from);
}

/**
 * The same keys as tmText's words, into `out` (emptied first), for bulk work that needs neither the
 * offsets nor the punctuation: an import keys every source it reads, and the word objects were garbage.
 */
export function tmKeysInto(text: string, out: string[]): string[] {
  out.length = 0;
  const { key, units, length } = foldUnits(text);
  scan.key = key;
  scan.units = units;
  scan.out = out;
  // The key's units are scanned where the fold left them; a key with astral chars goes by its string.
  if (!scanTokenUnits(units, length, pushKey)) {
    out.length = 0;
    scanTokens(key, pushKey);
  }
  scan.key = '';
  scan.out = NO_KEYS;
  return out;
}

const NO_KEYS: string[] = [];

/**
 * What pushKey works on: one module-level object and one function, not a closure per text. `units` is
 * the key as the fold left it (foldUnits), valid while the text is scanned.
 */
const scan: { key: string; units: Uint16Array; out: string[] } = {
  key: '',
  units: new Uint16Array(0),
  out: NO_KEYS,
};

function pushKey(start: number, end: number, kind: Token['kind']): void {
  if (kind === 'punct') return;
  const number = kind === 'number';
  const token = scan.key.slice(start, end);
  scan.out.push(hasJoiner(scan.units, start, end, number) ? wordKey(token, number) : token);
}

/** Does the token hold a ZWNJ (or, in a number, a comma) that its key leaves out? */
function hasJoiner(units: Uint16Array, start: number, end: number, number: boolean): boolean {
  for (let i = start; i < end; i++) {
    const u = units[i];
    if (u === KEY_ZWNJ || (number && u === COMMA)) return true;
  }
  return false;
}

const COMMA = 0x2c;

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
  lane1 = SEED1;
  lane2 = SEED2;
  mix(key);
  return (lane1 >>> 0) * 0x100000 + ((lane2 >>> 0) & 0xfffff);
}

/** exactHash(exactKey(keys)), without building the joined key (the same lanes over the same characters). */
export function exactHashOfKeys(keys: readonly string[]): number {
  lane1 = SEED1;
  lane2 = SEED2;
  for (let k = 0; k < keys.length; k++) mix(keys[k] as string);
  return (lane1 >>> 0) * 0x100000 + ((lane2 >>> 0) & 0xfffff);
}

// Two 32-bit FNV-1a style lanes with different seeds, combined into 52 bits; module state, not a tuple,
// so hashing a key allocates nothing.
const SEED1 = 0x811c9dc5;
const SEED2 = 0x01000193;
let lane1 = SEED1;
let lane2 = SEED2;

function mix(key: string): void {
  let h1 = lane1;
  let h2 = lane2;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  lane1 = h1;
  lane2 = h2;
}
