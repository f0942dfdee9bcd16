/**
 * A hand-written XML 1.0 tokenizer for exchange files, in place of saxes (issue 14.2).
 *
 * Why not a library: saxes reads every character through a state-machine call; with empty handlers it
 * alone took 0.68 s of the 1.5 s our reader spent on a 100,000-entry TBX, so no tuning of what we do on
 * top of it could make the reader 2x faster (measured; bench/xml-read.ts). The other npm parsers that
 * stream are either lenient HTML-style tokenizers that do not check well-formedness or slower still. This
 * one jumps with indexOf from `<` to `<`, slices text instead of copying it character by character, and
 * builds no string it does not hand over.
 *
 * What it accepts and refuses is saxes's (version 6, xmlns off, XML 1.0), check for check, with saxes's
 * messages and the line saxes reports, so a broken file fails as before: tag balance, one root, names,
 * attribute syntax and duplicates, quoted values, the five entities and character references, forbidden
 * characters, "]]>" in text, comments, CDATA, processing instructions, one DOCTYPE before the root (its
 * internal subset is skipped, and refused if it declares an ENTITY). tests/core/formats/xml/scanner.test.ts
 * holds it to saxes on every fixture and on generated broken files. Documents declaring another XML
 * version are read by saxes itself (read-saxes.ts): XML 1.1 has other line ends and characters.
 *
 * Text arrives in pieces (a file's chunks, or a string's 64k steps). A token cut by the end of a piece is
 * read again once more text is there; to keep that linear for a token of many megabytes, it is retried
 * only after the available text has doubled.
 */
import { AppError } from '../../../shared/errors';
import {
  codeAt,
  entityError,
  entityText,
  forbiddenFrom,
  isNameChar,
  isNameStartChar,
  isSpace,
  nameEnd,
} from './chars';
import { LineCounter } from './line-counter';
import { commentEnd, doctypeEnd, instructionEnd, PENDING } from './markup-skip';
import { TreeBuilder } from './tree-builder';
import type { BuildOptions } from './tree-builder';

/** "Not in this buffer" for the cached positions below; -1 means "not looked up yet". */
const NONE = Number.MAX_SAFE_INTEGER;

/** Slots of the name cache (a power of two). */
const NAME_SLOTS = 64;

const LT = 0x3c;
const GT = 0x3e;
const AMP = 0x26;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const CR = 0x0d;
const NL = 0x0a;
const TAB = 0x09;

export class XmlScanner {
  readonly builder: TreeBuilder;
  private buf = '';
  /** Next character to read. */
  private pos = 0;
  /** Characters of `buf` available (the end of the current piece). */
  private limit = 0;
  private final = false;
  /** Chunks received but not yet appended to `buf` (a token is waiting for `need` characters). */
  private queue: string[] = [];
  private queued = 0;
  /** A token ran out of text: retry once this many characters are available from `pos`. */
  private need = 0;
  /** Characters dropped from the front of `buf` so far (a stream's consumed text). */
  private base = 0;
  /**
   * Where each piece received ends (counted from the start of the text), for the one error whose line
   * saxes took from the end of a piece; boundAt skips those already behind.
   */
  private readonly bounds: number[] = [];
  private boundAt = 0;

  /** Names of the open elements. */
  private readonly open: string[] = [];
  private sawRoot = false;
  private closedRoot = false;
  private sawDoctype = false;
  /** Position of the `>` of the tag being handled: the line of an error raised by the builder. */
  private here = 0;
  /** Position just after the element's name: its line and column, and the line of a depth error. */
  private nameAt = 0;

  private readonly lines = new LineCounter();
  /** Bound once: the markup functions report errors through it. */
  private readonly failAt = (reason: string, at: number): never => this.fail(reason, at);
  // Next position of a character of interest, cached so that no search runs ahead twice (-1: look up).
  private nextAmp = -1;
  private nextCdataEnd = -1;
  private nextForbidden = -1;
  private nextTextCr = -1;

  /**
   * `declEnd`: where the document's XML declaration ends (0 when it has none); read.ts checks it against
   * XML_DECL and sends any other declaration to saxes.
   */
  constructor(
    private readonly file: string,
    opts: BuildOptions,
    private declEnd = 0,
  ) {
    this.builder = new TreeBuilder(opts, (reason, at) =>
      this.fail(reason, at === 'start' ? this.nameAt : this.here),
    );
  }

  /** Reads a whole string in steps: call `reach` with growing ends, then `finish`. */
  setText(text: string): void {
    this.buf = text;
    this.lines.setText(text);
  }

  reach(limit: number): void {
    this.bounds.push(limit);
    this.limit = limit;
    if (this.limit - this.pos >= this.need) this.scan();
  }

  /** Reads a stream: each chunk is appended (the consumed text is dropped). */
  push(chunk: string): void {
    this.queue.push(chunk);
    this.queued += chunk.length;
    this.bounds.push(this.base + this.buf.length + this.queued);
    if (this.limit - this.pos + this.queued < this.need) return;
    this.rebase();
    this.scan();
  }

  finish(): void {
    if (this.queued > 0) this.rebase();
    this.final = true;
    this.scan();
    const end = this.limit;
    // Whatever is left is a token the text ended in, or nothing; saxes's end-of-document checks, in order.
    if (!this.sawRoot) this.fail('document must contain a root element', end - 1);
    const top = this.open[this.open.length - 1];
    // saxes's message has no final period, so the old reader's clean-up took one off the name (kept so).
    if (top !== undefined) this.fail(`unclosed tag: ${top}`.replace(/\.$/, ''), end - 1);
    if (this.pos < end) this.fail('unexpected end', end - 1);
    this.commit(end);
  }

  private rebase(): void {
    const cut = this.pos;
    // One join, not `rest + chunks`: a concatenation makes a rope (V8's ConsString), and every later
    // charCodeAt, indexOf, startsWith and slice on the buffer went through it (about 100 ms of 1,400 on
    // a 56 MB TBX).
    this.queue.unshift(this.buf.slice(cut));
    this.buf = this.queue.join('');
    this.lines.rebase(cut, this.buf);
    this.queue = [];
    this.queued = 0;
    this.base += cut;
    this.pos = 0;
    this.limit = this.buf.length;
    this.here -= cut;
    this.nameAt -= cut;
    this.nextAmp = this.nextCdataEnd = this.nextForbidden = this.nextTextCr = -1;
  }

  private scan(): void {
    const { buf } = this;
    if (this.pos < this.declEnd) {
      // The XML declaration (checked by the driver against XML_DECL) is skipped once it is all there.
      if (this.limit < this.declEnd) return;
      this.pos = this.declEnd;
      this.declEnd = 0;
    }
    // A carriage return at the end of a piece waits for the next one, which may start with its line feed.
    const limit = !this.final && buf.charCodeAt(this.limit - 1) === CR ? this.limit - 1 : this.limit;
    try {
      const pos = this.tokens(this.pos, limit);
      this.need = pos < limit ? (limit - pos) * 2 : 0;
    } catch (err) {
      if (err instanceof AppError) throw err;
      // A reader's callback failed: report it as the old reader did, at the tag being handled.
      const message = err instanceof Error ? err.message : String(err);
      throw new AppError('parse', {
        file: this.file,
        line: this.lines.lineAt(this.here),
        reason: message.replace(/^\d+:\d+: /, '').replace(/\.$/, ''),
      });
    }
  }

  /**
   * Reads tokens from `pos` until `limit` or a token the text available cuts short; returns where it
   * stopped. Kept apart from scan, whose other paths run once per piece: as one function, V8 compiled the
   * loop before those paths had run and dropped the compiled code every time one did (dozens of times per
   * file, each a recompilation of everything inlined here).
   */
  private tokens(pos: number, limit: number): number {
    const { buf } = this;
    while (pos < limit) {
      const c = buf.charCodeAt(pos);
      const end =
        c === LT
          ? this.markup(pos, limit)
          : this.open.length > 0
            ? this.textIn(pos, limit)
            : this.textOut(pos, limit);
      if (end === PENDING) break;
      pos = this.pos = end;
    }
    return pos;
  }

  // ---- errors and positions ----

  /**
   * Fails at position `at` (the character being read when the rule broke), unless a forbidden character
   * comes first: saxes checks every character as it reads it.
   */
  private fail(reason: string, at: number): never {
    const bad = this.forbidden();
    if (bad <= at) {
      reason = 'disallowed character';
      at = bad;
    }
    throw new AppError('parse', { file: this.file, line: this.lines.lineAt(at), reason });
  }

  /** Accepts the text up to `end`: fails if a forbidden character is in it. */
  private commit(end: number): void {
    if (this.forbidden() < end) this.fail('disallowed character', end);
  }

  private forbidden(): number {
    if (this.nextForbidden < this.pos) {
      const at = forbiddenFrom(this.buf, this.pos);
      if (at.firstPair !== -1) this.lines.sawPair(at.firstPair);
      this.nextForbidden = at.forbidden === -1 ? NONE : at.forbidden;
    }
    return this.nextForbidden;
  }

  // ---- text ----

  /** Text outside the root: only white space may be there. */
  private textOut(pos: number, limit: number): number {
    const { buf } = this;
    let i = pos;
    let nonSpace = -1;
    for (; i < limit; i++) {
      const c = buf.charCodeAt(i);
      if (c === LT) break;
      if (c === AMP || !isSpace(c)) {
        if (nonSpace === -1) nonSpace = i;
        if (c === AMP) break;
      }
    }
    if (nonSpace !== -1) {
      // saxes reports it at the `<` or `&` that ends the text, or at the end of the piece it was reading
      // (the line there), whichever comes first.
      const end = this.pieceEnd(nonSpace);
      this.fail('text data outside of root node', i < end ? i : end - 1);
    }
    this.commit(i);
    return i;
  }

  /** Where the piece holding position `at` ends, as saxes saw it (it keeps a final "\r" for the next). */
  private pieceEnd(at: number): number {
    const { bounds } = this;
    while (this.boundAt < bounds.length && (bounds[this.boundAt] as number) - this.base <= at) this.boundAt++;
    const end = this.boundAt < bounds.length ? (bounds[this.boundAt] as number) - this.base : this.limit;
    return this.buf.charCodeAt(end - 1) === CR ? end - 1 : end;
  }

  /**
   * Character data inside an element, up to the next `<`. Text that runs past the end of the piece is
   * handed on in parts (the builder joins them), so a file padded with megabytes of blanks streams
   * through instead of piling up.
   */
  private textIn(pos: number, limit: number): number {
    const { buf, builder } = this;
    let lt = buf.indexOf('<', pos);
    const complete = lt !== -1 && lt < limit;
    if (!complete) lt = limit;
    const keep = builder.collecting;
    let text = '';
    let from = pos;
    /** Where an entity cut by the end of the piece starts. */
    let cutEntity = -1;
    for (;;) {
      if (this.nextAmp < from) this.nextAmp = orNone(buf.indexOf('&', from));
      const amp = this.nextAmp;
      const segEnd = amp < lt ? amp : lt;
      if (this.nextCdataEnd < from) this.nextCdataEnd = orNone(buf.indexOf(']]>', from));
      if (this.nextCdataEnd + 2 < segEnd)
        this.fail('the string "]]>" is disallowed in char data', this.nextCdataEnd + 2);
      if (amp >= lt) break;
      const semi = buf.indexOf(';', amp + 1);
      if (semi === -1 || semi >= limit) {
        if (complete) return PENDING;
        cutEntity = amp;
        break;
      }
      const name = buf.slice(amp + 1, semi);
      const value = entityText(name);
      if (value === undefined) this.fail(entityError(name), semi);
      if (keep) text += this.textSlice(from, amp) + value;
      from = semi + 1;
      // An entity name never holds a `<`, so the run still ends at the same `<`.
    }
    let end = lt;
    if (!complete) {
      if (this.final) return PENDING;
      // Two characters stay back for a "]]>" cut by the end of the piece, and a "\r" or a surrogate
      // pair's first half with what follows it.
      end = Math.max(from, Math.min(cutEntity === -1 ? limit : cutEntity, limit - 2));
      const last = buf.charCodeAt(end - 1);
      if (end > from && (last === CR || (last >= 0xd800 && last <= 0xdbff))) end--;
      if (end === pos) return PENDING;
    }
    this.commit(end);
    if (keep) {
      text = from === pos ? this.textSlice(pos, end) : text + this.textSlice(from, end);
      if (text !== '') builder.text(text);
    }
    return end;
  }

  /** buf[from, to) with line ends normalized to "\n" as XML requires. */
  private textSlice(from: number, to: number): string {
    if (this.nextTextCr < from) this.nextTextCr = orNone(this.buf.indexOf('\r', from));
    const s = this.buf.slice(from, to);
    return this.nextTextCr < to ? s.replace(/\r\n?/g, '\n') : s;
  }

  // ---- markup ----

  private markup(pos: number, limit: number): number {
    if (pos + 1 >= limit) return PENDING;
    const c = this.buf.charCodeAt(pos + 1);
    if (c === SLASH) return this.endTag(pos, limit);
    if (c === BANG) return this.bang(pos, limit);
    if (c === QUESTION) return this.skipped(instructionEnd(this.buf, pos, limit, this.failAt));
    if (isNameStartChar(c < 0xd800 ? c : codeAt(this.buf, pos + 1))) return this.startTag(pos, limit);
    return this.fail('disallowed character in tag name', pos + 1);
  }

  private startTag(pos: number, limit: number): number {
    const { buf } = this;
    const afterName = nameEnd(buf, pos + 1);
    if (afterName >= limit) return PENDING;
    // saxes counts the root (and refuses a second one) as soon as it has read the name.
    this.sawRoot = true;
    if (this.closedRoot) this.fail('documents may contain only one root', afterName);
    const name = this.nameIn(pos + 1, afterName);
    let attrs = NO_ATTRS;
    let prefixed: string[] | null = null;
    let duplicate: string | undefined;
    let firstAttr = '';
    let count = 0;
    let p = afterName;
    let c = buf.charCodeAt(p);
    if (c !== GT && c !== SLASH) {
      if (!isSpace(c)) this.fail('disallowed character in tag name', p);
      for (;;) {
        p = skipSpace(buf, p, limit);
        if (p >= limit) return PENDING;
        c = buf.charCodeAt(p);
        if (c === GT || c === SLASH) break;
        if (!isNameStartChar(c < 0xd800 ? c : codeAt(buf, p)))
          this.fail('disallowed character in attribute name', p);
        const attrEnd = nameEnd(buf, p);
        if (attrEnd >= limit) return PENDING;
        const attr = this.nameIn(p, attrEnd);
        p = attrEnd;
        c = buf.charCodeAt(p);
        if (c !== EQUALS) {
          if (c === GT) this.fail('attribute without value', p);
          if (!isSpace(c)) this.fail('disallowed character in attribute name', p);
          p = skipSpace(buf, p, limit);
          if (p >= limit) return PENDING;
          if (buf.charCodeAt(p) !== EQUALS) this.fail('attribute without value', p);
        }
        p = skipSpace(buf, p + 1, limit);
        if (p >= limit) return PENDING;
        const quote = buf.charCodeAt(p);
        if (quote !== DQUOTE && quote !== SQUOTE) this.fail('unquoted attribute value', p);
        const value = this.attrValue(p + 1, quote, limit);
        if (value === undefined) return PENDING;
        p = this.valueEnd + 1;
        if (attrs === NO_ATTRS) {
          attrs = Object.create(null) as Record<string, string>;
          attrs[attr] = value;
          firstAttr = attr;
        } else if (attr === firstAttr || (count > 1 && attrs[attr] !== undefined)) {
          // Most tags have one attribute: a string comparison finds a repeat of it; the lookup in the
          // (dictionary-mode, slower) object is for the third attribute on.
          duplicate ??= attr;
        } else attrs[attr] = value;
        count++;
        if (attr.indexOf(':') !== -1 || attr === 'xmlns') (prefixed ??= []).push(attr);
        if (p >= limit) return PENDING;
        c = buf.charCodeAt(p);
        if (c === GT || c === SLASH) break;
        if (!isSpace(c)) {
          if (isNameStartChar(c < 0xd800 ? c : codeAt(buf, p)))
            this.fail('no whitespace between attributes', p);
          this.fail('disallowed character in attribute name', p);
        }
      }
    }
    let gt = p;
    if (c === SLASH) {
      gt = p + 1;
      if (gt >= limit) return PENDING;
      if (buf.charCodeAt(gt) !== GT) this.fail('forward-slash in opening tag not followed by >', gt);
    }
    this.commit(gt + 1);
    if (duplicate !== undefined) this.fail(`duplicate attribute: ${duplicate}`, gt);
    this.here = gt;
    this.nameAt = afterName;
    const line = this.lines.lineAt(afterName);
    // saxes's column: where it stood after the name, less the name and the `<`.
    const column = Math.max(1, this.lines.columnAt(afterName) - name.length - 1);
    this.builder.open(name, attrs, line, column, prefixed);
    if (c === SLASH) {
      this.builder.close();
      if (this.open.length === 0) this.closedRoot = true;
    } else this.open.push(name);
    return gt + 1;
  }

  /** Names seen lately, by a hash of first character and length (see nameIn). */
  private readonly names: string[] = new Array<string>(NAME_SLOTS).fill('');

  /**
   * buf[from, to), a tag or attribute name: the same string as last time when it is the same name. A
   * file repeats a handful of names a million times; slicing each anew was garbage, and every fresh
   * attribute name had to be looked up in V8's string table again to become a property key.
   */
  private nameIn(from: number, to: number): string {
    const { buf, names } = this;
    const slot = (buf.charCodeAt(from) * 31 + to - from) & (NAME_SLOTS - 1);
    const known = names[slot] as string;
    if (known.length === to - from && buf.startsWith(known, from)) return known;
    const name = buf.slice(from, to);
    names[slot] = name;
    return name;
  }

  /** Set by attrValue: the position of the closing quote. */
  private valueEnd = 0;

  /** A quoted attribute value from `from`; undefined when the text ends first. */
  private attrValue(from: number, quote: number, limit: number): string | undefined {
    const { buf } = this;
    let out = '';
    let start = from;
    for (let i = from; i < limit; i++) {
      const c = buf.charCodeAt(i);
      if (c === quote) {
        this.valueEnd = i;
        return start === from ? buf.slice(from, i) : out + buf.slice(start, i);
      }
      if (c > GT) continue;
      if (c === AMP) {
        const semi = buf.indexOf(';', i + 1);
        if (semi === -1 || semi >= limit) return undefined;
        const name = buf.slice(i + 1, semi);
        const value = entityText(name);
        if (value === undefined) this.fail(entityError(name), semi);
        out += buf.slice(start, i) + value;
        start = semi + 1;
        i = semi;
      } else if (c === LT) {
        this.fail('disallowed character', i);
      } else if (c === NL || c === TAB || c === CR) {
        // Attribute-value normalization: each line end or tab is one space ("\r\n" too).
        out += `${buf.slice(start, i)} `;
        if (c === CR && buf.charCodeAt(i + 1) === NL) i++;
        start = i + 1;
      }
    }
    return undefined;
  }

  private endTag(pos: number, limit: number): number {
    const { buf } = this;
    const afterName = this.closeNameEnd(pos + 2);
    if (afterName >= limit) return PENDING;
    let gt = afterName;
    const c = buf.charCodeAt(gt);
    if (c !== GT) {
      if (!isSpace(c)) this.fail('disallowed character in closing tag', gt);
      gt = skipSpace(buf, gt, limit);
      if (gt >= limit) return PENDING;
      if (buf.charCodeAt(gt) !== GT) this.fail('disallowed character in closing tag', gt);
    }
    this.commit(gt + 1);
    if (afterName === pos + 2) this.fail('weird empty close tag', gt);
    const top = this.open.pop();
    if (top === undefined) this.fail(`unmatched closing tag: ${buf.slice(pos + 2, afterName)}`, gt);
    this.here = gt;
    // Like saxes, the element on top is closed (and handed over) before a mismatch is reported.
    this.builder.close();
    // Compared in place: slicing every end tag's name was a measurable share of the allocations.
    if (afterName - pos - 2 !== top.length || !buf.startsWith(top, pos + 2))
      this.fail('unexpected close tag', gt);
    if (this.open.length === 0) this.closedRoot = true;
    return gt + 1;
  }

  /**
   * nameEnd for an end tag's name at `from`: almost always the name of the element on top, so that is
   * compared first and only a mismatch is read character by character. The answer is the same either
   * way: when the open name is there and no name character follows it, the name ends right after it.
   */
  private closeNameEnd(from: number): number {
    const { buf, open } = this;
    const top = open.length > 0 ? (open[open.length - 1] as string) : '';
    if (top !== '' && buf.startsWith(top, from)) {
      const after = from + top.length;
      const c = buf.charCodeAt(after);
      if (!isNameChar(c < 0xd800 ? c : codeAt(buf, after))) return after;
    }
    return nameEnd(buf, from);
  }

  /** `<!`: a comment, CDATA or the DOCTYPE. */
  private bang(pos: number, limit: number): number {
    const { buf } = this;
    if (buf.startsWith('--', pos + 2)) return this.skipped(commentEnd(buf, pos + 4, limit, this.failAt));
    // saxes reads up to seven characters to tell "[CDATA[" and "DOCTYPE" from a mistake.
    if (pos + 9 > limit) return PENDING;
    const word = buf.slice(pos + 2, pos + 9);
    if (word === '[CDATA[') {
      if (this.open.length === 0) this.fail('text data outside of root node', pos + 8);
      const end = buf.indexOf(']]>', pos + 9);
      if (end === -1 || end + 2 >= limit) return PENDING;
      this.commit(end + 3);
      if (this.builder.collecting) this.builder.text(this.textSlice(pos + 9, end));
      return end + 3;
    }
    if (word === 'DOCTYPE') {
      if (this.sawDoctype || this.sawRoot) this.fail('inappropriately located doctype declaration', pos + 8);
      const end = this.skipped(doctypeEnd(buf, pos, limit, this.failAt));
      if (end !== PENDING) this.sawDoctype = true;
      return end;
    }
    return this.fail('incorrect syntax', pos + 8);
  }

  /** Markup stepped over (markup-skip.ts): its characters are checked like all others. */
  private skipped(end: number): number {
    if (end !== PENDING) this.commit(end);
    return end;
  }
}

/** The attributes of every element that has none: one shared, frozen, null-prototype object. */
const NO_ATTRS = Object.freeze(Object.create(null)) as Record<string, string>;

function orNone(i: number): number {
  return i === -1 ? NONE : i;
}

function skipSpace(buf: string, i: number, limit: number): number {
  while (i < limit && isSpace(buf.charCodeAt(i))) i++;
  return i;
}
