/**
 * XML 1.0 (fifth edition) character classes for the scanner: name characters, white space, the characters
 * a document may contain, and the five predefined entities plus character references. Written out here
 * rather than imported from saxes's helper package so the scanner depends on nothing it does not own.
 */

/** Name characters below 128, by code: 1 may start a name, 2 may only continue one. */
const ASCII_NAME = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z_:]/.test(ch)) ASCII_NAME[c] = 1;
  else if (/[-.0-9]/.test(ch)) ASCII_NAME[c] = 2;
}

export function isNameStartChar(c: number): boolean {
  if (c < 128) return ASCII_NAME[c] === 1;
  return (
    (c >= 0xc0 && c <= 0xd6) ||
    (c >= 0xd8 && c <= 0xf6) ||
    (c >= 0xf8 && c <= 0x2ff) ||
    (c >= 0x370 && c <= 0x37d) ||
    (c >= 0x37f && c <= 0x1fff) ||
    c === 0x200c ||
    c === 0x200d ||
    (c >= 0x2070 && c <= 0x218f) ||
    (c >= 0x2c00 && c <= 0x2fef) ||
    (c >= 0x3001 && c <= 0xd7ff) ||
    (c >= 0xf900 && c <= 0xfdcf) ||
    (c >= 0xfdf0 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0xeffff)
  );
}

export function isNameChar(c: number): boolean {
  if (c < 128) return ASCII_NAME[c] !== 0;
  return isNameStartChar(c) || c === 0xb7 || (c >= 0x300 && c <= 0x36f) || (c >= 0x203f && c <= 0x2040);
}

/** The code point at `i` (a surrogate pair read as one), NaN past the end. */
export function codeAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return c;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00) : c;
}

/** Index just past the run of name characters starting at `i` (i itself when there is none). */
export function nameEnd(s: string, i: number): number {
  for (;;) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if (ASCII_NAME[c] === 0 || c !== c) return i;
      i++;
    } else {
      const cp = codeAt(s, i);
      if (!isNameChar(cp)) return i;
      i += cp > 0xffff ? 2 : 1;
    }
  }
}

export function isName(s: string): boolean {
  return s.length > 0 && isNameStartChar(codeAt(s, 0)) && nameEnd(s, 0) === s.length;
}

export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

/** A character XML 1.0 allows (as a character reference must name one). */
function isChar(c: number): boolean {
  return (
    (c >= 0x20 && c <= 0xd7ff) ||
    c === 0x0a ||
    c === 0x0d ||
    c === 0x09 ||
    (c >= 0xe000 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0x10ffff)
  );
}

/**
 * The first character at or after `from` that XML 1.0 forbids in a document (C0 controls other than tab,
 * line feed and carriage return; U+FFFE, U+FFFF; a low surrogate without its high half), or -1; and the
 * first surrogate pair before it (-1 when none). One regular-expression pass finds both: a separate pass
 * for the pairs, which only columns need, cost as much again.
 */
export function forbiddenFrom(s: string, from: number): { forbidden: number; firstPair: number } {
  SPECIAL.lastIndex = from;
  let firstPair = -1;
  for (;;) {
    const m = SPECIAL.exec(s);
    if (m === null) return { forbidden: -1, firstPair };
    const i = m.index;
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) return { forbidden: i, firstPair };
    if (c >= 0xdc00) return { forbidden: i, firstPair };
    // A high surrogate: with its low half it is a character beyond U+FFFF. Alone, saxes lets it pass
    // (it reads the next unit as the low half), and so does this.
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      if (firstPair === -1) firstPair = i;
      SPECIAL.lastIndex = i + 2;
    }
  }
}
// eslint-disable-next-line no-control-regex -- these control characters are exactly what it looks for
const SPECIAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/g;

/**
 * The text an entity reference `&name;` stands for, or undefined when there is no such entity: only the
 * five predefined entities and character references exist; nothing is ever expanded from a DTD.
 */
export function entityText(name: string): string | undefined {
  if (name.charCodeAt(0) !== 0x23 /* # */) {
    switch (name) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default:
        return undefined;
    }
  }
  let num = NaN;
  if (name.charCodeAt(1) === 0x78 /* x */ && /^#x[0-9a-f]+$/i.test(name)) num = parseInt(name.slice(2), 16);
  else if (/^#[0-9]+$/.test(name)) num = parseInt(name.slice(1), 10);
  return isChar(num) ? String.fromCodePoint(num) : undefined;
}

/** Why `&name;` was refused (entityText gave undefined), in saxes's words. */
export function entityError(name: string): string {
  if (name === '') return 'empty entity name';
  if (name.charCodeAt(0) === 0x23) return 'malformed character entity';
  return isName(name) ? `undefined entity &${name};` : 'disallowed character in entity name';
}
