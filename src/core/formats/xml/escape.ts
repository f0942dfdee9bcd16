/**
 * Escaping for XML 1.0 output. Both functions also drop characters XML 1.0 cannot carry at all (C0
 * controls other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF): a stray U+0001 pasted into a target
 * would otherwise make the whole export unreadable by every other tool.
 *
 * Fast path first: most segments need no change, and exports call this for every segment.
 */

// Everything XML 1.0 does not allow (https://www.w3.org/TR/xml/#charsets). With /u, lone surrogates match.
const ILLEGAL = /[^\t\n\r\u{20}-\u{D7FF}\u{E000}-\u{FFFD}\u{10000}-\u{10FFFF}]/gu;
const TEXT_SPECIAL = /[&<>\r]/g;
const ATTR_SPECIAL = /[&<>"'\t\n\r]/g;
// Control characters are exactly what these two quick tests look for.
// eslint-disable-next-line no-control-regex
const NEEDS_TEXT = /[&<>\r\0-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]/;
// eslint-disable-next-line no-control-regex
const NEEDS_ATTR = /[&<>"'\t\n\r\0-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]/;

const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  // '>' only matters in "]]>", but escaping it always is simpler and still valid.
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Character references survive the parser's line-end and attribute-value normalisation.
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;',
};
const replace = (c: string): string => ENTITY[c] ?? c;

/** Removes characters XML 1.0 does not allow; everything else unchanged. */
export function stripInvalidXmlChars(s: string): string {
  return s.replace(ILLEGAL, '');
}

/** Escapes element content: & < > and CR (as &#13; so it survives line-end normalisation). */
export function escapeXmlText(s: string): string {
  if (!NEEDS_TEXT.test(s)) return s;
  return stripInvalidXmlChars(s).replace(TEXT_SPECIAL, replace);
}

/** Escapes an attribute value for either quote style; tab/LF/CR become character references. */
export function escapeXmlAttr(s: string): string {
  if (!NEEDS_ATTR.test(s)) return s;
  return stripInvalidXmlChars(s).replace(ATTR_SPECIAL, replace);
}
