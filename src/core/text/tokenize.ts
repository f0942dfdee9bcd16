/**
 * Word tokenisation for Persian and English. Tokens are runs of letters, marks and digits; a few joiners
 * glue two runs into one token when both sides fit, so terms and numbers survive whole:
 * - ZWNJ / ZWJ / soft hyphen between letters: «می‌یابد», «همکاری‌ها»
 * - apostrophe between letters: "don't", "O'Brien" (a trailing "students'" keeps its quote separate)
 * - hyphen between letters or letter+digit: "Major-General", «سیاسی-نظامی», "F-35", "COVID-19";
 *   between two numbers it stays punctuation ("2022-2023" is a range of two numbers, which QA compares)
 * - plus next to a digit: "3+3", "P5+1" (but "C++" and "a+b" split)
 * - . , ٫ ٬ / : between digits: "3.5", «۳٫۵», "1,000", «۱٬۰۰۰», «۱۴۰۱/۰۵/۱۲», "10:30"
 * A token with any letter is a 'word', one with digits only is a 'number'; every other visible character
 * is a one-character 'punct' token. Whitespace and stray invisible format characters are not tokens.
 */
import * as chars from './char-class';
import type { CharClass } from './char-class';

// Hoisted once: tsx and vitest turn imported bindings into getters, which made the per-character loops
// several times slower (tokenize: 40 ms -> 8 ms on 200,000 characters).
const { Space: SPACE, Format: FORMAT, Letter: LETTER, Digit: DIGIT } = chars.CharClass;
const { charClassAt, charLengthAt, classOfUnit, isAlnumClass, isWordClass } = chars;

export interface Token {
  /** JS string indices into the input; `text === input.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  kind: 'word' | 'number' | 'punct';
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  scanTokens(text, (start, end, kind) => {
    out.push({ start, end, text: text.slice(start, end), kind });
  });
  return out;
}

/**
 * The same tokens as tokenize, handed over as (start, end, kind) without a Token object each: for bulk
 * work that reads most tokens once (a TMX import keys a million sources).
 */
export function scanTokens(
  text: string,
  emit: (start: number, end: number, kind: Token['kind']) => void,
): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cls = charClassAt(text, i);
    if (cls === SPACE || cls === FORMAT) {
      i += charLengthAt(text, i);
      continue;
    }
    if (!isAlnumClass(cls)) {
      const end = i + charLengthAt(text, i);
      emit(i, end, 'punct');
      i = end;
      continue;
    }
    const start = i;
    let hasLetter = false;
    let hasDigit = false;
    for (;;) {
      // A run of letters, marks and digits.
      while (i < n) {
        const c = charClassAt(text, i);
        if (!isAlnumClass(c)) break;
        if (c === LETTER) hasLetter = true;
        else if (c === DIGIT) hasDigit = true;
        i += charLengthAt(text, i);
      }
      if (i + 1 >= n || !joins(text, i)) break;
      i += 1;
    }
    emit(start, i, hasDigit && !hasLetter ? 'number' : 'word');
  }
}

/**
 * scanTokens over UTF-16 units (`units[0 .. length)`), such as a match key still in its fold buffer:
 * reading a typed array is several times cheaper than charCodeAt on a string cut from a larger one, which
 * is what an XML reader's text usually is. The same rules and tokens, for text without surrogates: at the
 * first surrogate it stops and returns false (astral chars are classified by code point; scanTokens
 * handles them), having emitted the tokens before it. tokenize.test.ts checks both agree.
 */
export function scanTokenUnits(
  units: Uint16Array,
  length: number,
  emit: (start: number, end: number, kind: Token['kind']) => void,
): boolean {
  let i = 0;
  while (i < length) {
    const u = units[i] as number;
    if (u >= 0xd800 && u <= 0xdfff) return false;
    const cls = classOfUnit(u);
    if (cls === SPACE || cls === FORMAT) {
      i++;
      continue;
    }
    if (!isAlnumClass(cls)) {
      emit(i, i + 1, 'punct');
      i++;
      continue;
    }
    const start = i;
    let hasLetter = false;
    let hasDigit = false;
    for (;;) {
      // A run of letters, marks and digits (no surrogate is any of these: they are classed as Other).
      while (i < length) {
        const c = classOfUnit(units[i] as number);
        if (!isAlnumClass(c)) break;
        if (c === LETTER) hasLetter = true;
        else if (c === DIGIT) hasDigit = true;
        i++;
      }
      if (i + 1 >= length) break;
      const next = units[i + 1] as number;
      if (next >= 0xd800 && next <= 0xdfff) return false;
      if (!joinsClasses(units[i] as number, classOfUnit(units[i - 1] as number), classOfUnit(next))) break;
      i += 1;
    }
    emit(start, i, hasDigit && !hasLetter ? 'number' : 'word');
  }
  return true;
}

/** Does the character at `at` glue the alphanumeric run before it to the one after it? */
function joins(text: string, at: number): boolean {
  return joinsClasses(text.charCodeAt(at), charClassAt(text, at - 1), charClassAt(text, at + 1));
}

/** Does the unit `c` glue a run ending in a char of class `prev` to one starting with class `next`? */
function joinsClasses(c: number, prev: CharClass, next: CharClass): boolean {
  if (!isAlnumClass(next)) return false;
  switch (c) {
    case 0x200c: // ZWNJ
    case 0x200d: // ZWJ
    case 0x00ad: // soft hyphen
      return isWordClass(prev) && isWordClass(next);
    case 0x27: // '
    case 0x2019: // ’
      return isWordClass(prev) && next === LETTER;
    case 0x2d: // -
    case 0x2010: // ‐ hyphen
    case 0x2011: // non-breaking hyphen
      return isWordClass(prev) || isWordClass(next);
    case 0x2b: // +
      return prev === DIGIT || next === DIGIT;
    case 0x2e: // .
    case 0x2c: // ,
    case 0x066b: // ٫ Arabic decimal separator
    case 0x066c: // ٬ Arabic thousands separator
    case 0x2f: // /
    case 0x3a: // :
      return prev === DIGIT && next === DIGIT;
    default:
      return false;
  }
}
