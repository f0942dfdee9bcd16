/**
 * Visible text and safe display of untrusted names.
 *
 * `hasVisibleText`: a report of nothing but ZWNJs, bidi marks, BOMs or spaces renders as a blank page;
 * importing it as a 0-segment document only hides the mistake, so it is refused like an empty file.
 *
 * `displayFileName`: a file name is chosen by whoever sent the file. A U+202E (right-to-left override)
 * in it makes "invoice\u202Etxt.exe" print as "invoiceexe.txt", and a line break forges extra output
 * lines. Such characters are shown as \u{…} escapes wherever a name is printed; ZWNJ and ZWJ stay, since
 * Persian names need them.
 */

// Whitespace, format characters (\p{Cf}: ZWNJ, ZWJ, LRM/RLM, bidi controls, BOM, soft hyphen, word joiner),
// controls, and the default-ignorable or blank-looking characters outside Cf: combining grapheme joiner,
// Hangul fillers, Khmer inherent vowels, Mongolian variation selectors, variation selectors, braille blank.
const INVISIBLE = /[\s\p{Cf}\p{Cc}\p{Zl}\p{Zp}\u115f\u1160\u2800\u3164\uffa0]/u;
// Combining marks that show nothing by themselves; kept out of the class above because a mark inside a
// character class reads as if it combined with the character before it.
const INVISIBLE_MARKS = /\u034f|\u17b4|\u17b5|[\u180b-\u180f]|[\ufe00-\ufe0f]|[\u{e0100}-\u{e01ef}]/u;

const LEADING_INVISIBLE = new RegExp(`^(?:${INVISIBLE.source}|${INVISIBLE_MARKS.source})*`, 'u');

/** True when at least one character would show on screen. */
export function hasVisibleText(text: string): boolean {
  // Fast path, no allocation: readers call this for every unit, and a printable ASCII character settles it.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x20 && c < 0x7f) return true;
    if (c >= 0x80) break;
  }
  // Otherwise: does the leading run of invisible characters cover the whole text? (Stops at the first visible.)
  return (LEADING_INVISIBLE.exec(text)?.[0].length ?? 0) < text.length;
}

// Controls (C0, DEL, C1), line/paragraph separators, and every bidi formatting character: ALM, LRM, RLM,
// the embeddings/overrides U+202A–202E and the isolates U+2066–2069.
const UNSAFE_IN_NAME =
  // eslint-disable-next-line no-control-regex
  /[\0-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** The name with bidi controls, line breaks and other control characters shown as `\u{202E}` escapes. */
export function displayFileName(name: string): string {
  return name.replace(
    UNSAFE_IN_NAME,
    (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}}`,
  );
}
