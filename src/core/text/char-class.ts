/**
 * Per-code-unit character classes for the segmenter and tokenizer. Both run on every keystroke, so the
 * Unicode property regexes are evaluated once per distinct BMP code unit and cached in a table; a
 * scan over a segment is then one array read per character.
 */

export const CharClass = {
  Letter: 1,
  /** Combining marks (Persian/Arabic harakat, Latin accents): they belong to the letter before them. */
  Mark: 2,
  Digit: 3,
  /** Whitespace, including line breaks and NBSP. */
  Space: 4,
  /** Invisible format characters (ZWNJ, ZWJ, LRM/RLM, soft hyphen, BOM, bidi controls). */
  Format: 5,
  /** Punctuation, symbols, controls and anything else. */
  Other: 6,
} as const;
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

// 0 = not computed yet. Uint8Array(65536) is 64 KB, filled lazily.
const table = new Uint8Array(0x10000);

const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const DIGIT = /\p{Nd}/u;
const SPACE = /\s/u;
const FORMAT = /\p{Cf}/u;

function classify(ch: string): CharClass {
  if (LETTER.test(ch)) return CharClass.Letter;
  if (MARK.test(ch)) return CharClass.Mark;
  if (DIGIT.test(ch)) return CharClass.Digit;
  if (SPACE.test(ch)) return CharClass.Space;
  if (FORMAT.test(ch)) return CharClass.Format;
  return CharClass.Other;
}

/** Class of the character starting at `index` (astral characters are classified by code point). */
export function charClassAt(text: string, index: number): CharClass {
  const unit = text.charCodeAt(index);
  if (unit >= 0xd800 && unit <= 0xdbff) {
    // Astral planes (emoji, historic scripts, math letters) are rare here: classify without caching.
    const cp = text.codePointAt(index) ?? unit;
    return classify(String.fromCodePoint(cp));
  }
  return classOfUnit(unit);
}

/** Class of a UTF-16 code unit that is not a surrogate: what charClassAt gives at it. */
export function classOfUnit(unit: number): CharClass {
  const cached = table[unit] ?? 0;
  if (cached !== 0) return cached as CharClass;
  const cls = classify(String.fromCharCode(unit));
  table[unit] = cls;
  return cls;
}

/** Length in UTF-16 code units of the character starting at `index` (2 for a surrogate pair). */
export function charLengthAt(text: string, index: number): 1 | 2 {
  const unit = text.charCodeAt(index);
  if (unit >= 0xd800 && unit <= 0xdbff) {
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 2;
  }
  return 1;
}

/** True for letters and combining marks: the characters a word is made of. */
export function isWordClass(cls: CharClass): boolean {
  return cls === CharClass.Letter || cls === CharClass.Mark;
}

/** True for the characters that may open or continue a word or number token. */
export function isAlnumClass(cls: CharClass): boolean {
  return cls === CharClass.Letter || cls === CharClass.Mark || cls === CharClass.Digit;
}

/** Basic Latin lowercase a–z or a Latin-1/Extended lowercase letter (é, ß, ø …). */
export function isLowerLatinAt(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  if (c >= 0x61 && c <= 0x7a) return true;
  if (c < 0xdf || c > 0x24f) return false;
  const ch = text.charAt(index);
  return ch !== ch.toUpperCase() && c !== 0xf7;
}

/** Letters of the Arabic script blocks (Persian and Arabic letters, not digits or punctuation). */
export function isArabicLetterAt(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  const inBlock =
    (c >= 0x0600 && c <= 0x06ff) ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfeff);
  return inBlock && charClassAt(text, index) === CharClass.Letter;
}
