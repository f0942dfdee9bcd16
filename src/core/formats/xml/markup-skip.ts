/**
 * The markup the scanner (scanner.ts) steps over without building anything: comments, processing
 * instructions and the DOCTYPE with its internal subset, each ended where saxes ends it and refused with
 * saxes's message where saxes refuses it; plus the XML declaration the scanner accepts.
 *
 * Each function returns the position after the markup, or PENDING when the text available ends first.
 * `fail(reason, at)` reports a broken rule at position `at`.
 */
import { codeAt, isNameStartChar, isSpace, nameEnd } from './chars';

/** The answer when the markup runs past the text available so far. */
export const PENDING = -1;

type Fail = (reason: string, at: number) => never;

const GT = 0x3e;
const LT = 0x3c;
const BANG = 0x21;
const QUESTION = 0x3f;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const MINUS = 0x2d;

const ENTITY_DECL = /<!ENTITY/i;

/**
 * An XML 1.0 declaration as saxes accepts it (version, then optional encoding and standalone, in that
 * order). A document starting with anything else that looks like one ("<?xml" then a space or "?") is
 * read by saxes, whose errors for a malformed declaration are kept that way.
 */
export const XML_DECL =
  /<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])1\.0\1(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(["'])(?:yes|no)\3)?[ \t\r\n]*\?>/y;

/** Whether a document (without its byte-order mark) starts with something saxes reads as a declaration. */
export function startsWithDeclaration(text: string, at = 0): boolean {
  DECL_START.lastIndex = at;
  return DECL_START.test(text);
}
const DECL_START = /<\?xml[ \t\r\n?]/y;

/** A comment's body from `from` (after "<!--"): it ends at the first "--", which must be followed by `>`. */
export function commentEnd(buf: string, from: number, limit: number, fail: Fail): number {
  const dashes = buf.indexOf('--', from);
  if (dashes === -1 || dashes + 2 >= limit) return PENDING;
  if (buf.charCodeAt(dashes + 2) !== GT) fail('malformed comment', dashes + 2);
  return dashes + 3;
}

/**
 * `<!DOCTYPE …>` at `pos`, skipped as saxes skips it (quoted strings, an internal subset with its comments
 * and processing instructions); the only thing looked at is whether it declares an entity, which is
 * refused: no entity is ever expanded.
 */
export function doctypeEnd(buf: string, pos: number, limit: number, fail: Fail): number {
  let i = pos + 9;
  let subset = false;
  while (i < limit) {
    const c = buf.charCodeAt(i);
    if (c === DQUOTE || c === SQUOTE) {
      const close = buf.indexOf(c === DQUOTE ? '"' : "'", i + 1);
      if (close === -1 || close >= limit) return PENDING;
      i = close + 1;
    } else if (!subset) {
      if (c === GT) {
        if (ENTITY_DECL.test(buf.slice(pos + 9, i))) fail('entity declarations are not allowed', i);
        return i + 1;
      }
      if (c === OPEN_BRACKET) subset = true;
      i++;
    } else if (c === CLOSE_BRACKET) {
      subset = false;
      i++;
    } else if (c === LT) {
      const next = subsetMarkupEnd(buf, i, limit, fail);
      if (next === PENDING) return PENDING;
      i = next;
    } else i++;
  }
  return PENDING;
}

/** A `<` inside the internal subset: saxes treats only comments and processing instructions specially. */
function subsetMarkupEnd(buf: string, lt: number, limit: number, fail: Fail): number {
  if (lt + 1 >= limit) return PENDING;
  const c = buf.charCodeAt(lt + 1);
  if (c === QUESTION) {
    // Ends at the first `>` after a `?`.
    const q = buf.indexOf('?', lt + 2);
    if (q === -1 || q >= limit) return PENDING;
    const gt = buf.indexOf('>', q + 1);
    return gt === -1 || gt >= limit ? PENDING : gt + 1;
  }
  if (c !== BANG) return lt + 2;
  if (lt + 2 >= limit) return PENDING;
  if (buf.charCodeAt(lt + 2) !== MINUS) return lt + 3;
  if (lt + 3 >= limit) return PENDING;
  if (buf.charCodeAt(lt + 3) !== MINUS) return lt + 4;
  return commentEnd(buf, lt + 4, limit, fail);
}

/** `<?target …?>` at `pos`; the XML declaration itself was read before the scanner started. */
export function instructionEnd(buf: string, pos: number, limit: number, fail: Fail): number {
  const first = pos + 2;
  if (first >= limit) return PENDING;
  const c0 = codeAt(buf, first);
  if (!isNameStartChar(c0)) {
    if (c0 === QUESTION || isSpace(c0)) fail('processing instruction without a target', first);
    fail('disallowed character in processing instruction name', first);
  }
  const afterTarget = nameEnd(buf, first);
  if (afterTarget >= limit) return PENDING;
  const target = buf.slice(first, afterTarget);
  const c = buf.charCodeAt(afterTarget);
  if (c !== QUESTION && !isSpace(c)) fail('disallowed character in processing instruction name', afterTarget);
  if (target === 'xml') fail('an XML declaration must be at the start of the document', afterTarget);
  const end = buf.indexOf('?>', afterTarget);
  if (end === -1 || end + 1 >= limit) return PENDING;
  if (target.toLowerCase() === 'xml')
    fail('the XML declaration must appear at the start of the document', end + 1);
  return end + 2;
}
