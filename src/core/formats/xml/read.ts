/**
 * Safe XML reading for untrusted exchange files (TMX, XLIFF, TBX): our own tokenizer (scanner.ts), which
 * checks what saxes checks in a third of the time; saxes itself reads documents declaring XML 1.1.
 *
 * Why a streaming tokenizer and not a DOM: it never fetches anything (no DTD, no external entity), and it
 * only knows the five predefined entities plus character references. On top of that we reject any
 * DOCTYPE internal subset that declares an ENTITY, so a "billion laughs" or XXE file fails with a clear
 * reason instead of a confusing "undefined entity" further down. A plain external DTD reference such as
 * `<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">` is accepted and ignored (TBX v2 files carry one).
 *
 * All values stay strings (never numbers), whitespace is kept exactly, and mixed content keeps its order.
 *
 * Hostile nesting: work per element is constant (no ancestor list is copied, namespace lookups do not walk
 * the open elements) and nothing here or in the readers recurses over the tree, so parse time is linear in
 * the depth and deep nesting cannot overflow the call stack. Depth is capped (MAX_XML_DEPTH) because no
 * exchange file nests more than a few dozen levels, and a 100,000-level file is an attack, not a glossary.
 */
import { AppError } from '../../../shared/errors';
import { saxesRun } from './read-saxes';
import { startsWithDeclaration, XML_DECL } from './markup-skip';
import { XmlScanner } from './scanner';
import type { BuildOptions, TreeBuilder } from './tree-builder';

export interface XmlElement {
  /** Qualified name as written, e.g. "tu", "xml:lang" style prefixes kept ("gls:glossary"). */
  name: string;
  /**
   * Attributes by qualified name as written ("xml:lang", "srcLang"); namespace declarations included.
   * A null-prototype object: an attribute called "__proto__" or "constructor" is plain data. Read-only:
   * elements without attributes share one frozen empty object.
   */
  attrs: Record<string, string>;
  children: XmlNode[];
  /** 1-based line and column of the element's `<`. */
  line: number;
  column: number;
  /** Local name without prefix and the namespace URI ("" when none): lets readers ignore the prefix. */
  local: string;
  uri: string;
}
export interface XmlText {
  text: string;
}
export type XmlNode = XmlElement | XmlText;

/** Deepest element nesting accepted; deeper files fail with a parse error naming the line. */
export const MAX_XML_DEPTH = 1_000;

export interface XmlLimits {
  /** Overrides MAX_XML_DEPTH (benchmarks use it to show that time stays linear far beyond the cap). */
  maxDepth?: number;
}

export interface StreamXmlOptions extends XmlLimits {
  /** Qualified names of the elements to build as subtrees (e.g. ["tu"], ["unit"], ["termEntry"]). */
  collect: readonly string[];
  /**
   * Called once per collected element when it closes. `depth` is the number of its open ancestors (0 for
   * the root). A number rather than the list of names: copying that list per element made deep files
   * quadratic (issue 13.13).
   */
  onElement: (el: XmlElement, depth: number) => void;
  /**
   * Optional: called at the start tag of every element outside the collected subtrees (root included), with
   * its attributes and no children. Lets a reader pick up context such as `<file id>` or `<header srclang>`.
   */
  onOpen?: (el: XmlElement, depth: number) => void;
  /**
   * Optional: qualified names of elements to leave out of the collected subtrees. They are read and
   * checked like the rest of the document, but neither they nor their content are built (their text is
   * not even cut out), and `onSkip` gets each at its start tag, with its attributes and no children, and
   * the element it is in.
   */
  skip?: readonly string[];
  onSkip?: (el: XmlElement, parent: XmlElement) => void;
}

export function isElement(node: XmlNode): node is XmlElement {
  return (node as XmlElement).name !== undefined;
}

/** Concatenated text of an element and its descendants, in document order (mixed content kept). */
export function textOf(el: XmlElement): string {
  let out = '';
  walk(el, (text) => {
    out += text;
  });
  return out;
}

/**
 * Visits the text of `el`'s subtree in document order without recursion (a hostile file may nest deeply).
 * `enter` decides per child element whether to descend into it (default: always).
 */
export function walk(
  el: XmlElement,
  onText: (text: string) => void,
  enter?: (child: XmlElement) => boolean,
): void {
  // Stack of child lists with the next position in each: O(depth) memory, no call-stack growth.
  const lists: XmlNode[][] = [el.children];
  const positions: number[] = [0];
  while (lists.length > 0) {
    const top = lists.length - 1;
    const list = lists[top] as XmlNode[];
    const i = positions[top] as number;
    if (i >= list.length) {
      lists.pop();
      positions.pop();
      continue;
    }
    positions[top] = i + 1;
    const node = list[i] as XmlNode;
    if (!isElement(node)) onText(node.text);
    else if (enter === undefined || enter(node)) {
      lists.push(node.children);
      positions.push(0);
    }
  }
}

/** Whole-document tree, for small files. Throws AppError('parse', { file, line, reason }). */
export function parseXml(xml: string, file: string, limits: XmlLimits = {}): XmlElement {
  // Collecting everything makes the root itself the one subtree; `run` returns it complete.
  const opts: BuildOptions = {
    collect: null,
    onElement: () => {},
    onOpen: undefined,
    maxDepth: limits.maxDepth ?? MAX_XML_DEPTH,
  };
  return drain(run(xml, file, opts));
}

/**
 * Streaming read: builds subtrees only for elements named in `opts.collect` (not nested inside another
 * collected one) and hands each to `opts.onElement` as soon as it closes, so memory does not grow with the
 * number of entries. Returns the root element with its attributes only (no children).
 */
export function streamXml(
  xml: string | Iterable<string>,
  file: string,
  opts: StreamXmlOptions,
): { root: XmlElement } {
  return { root: drain(run(xml, file, buildOptions(opts))) };
}

/** Characters per piece when streamXmlSteps feeds a string to the parser. */
const STEP_CHARS = 1 << 16;

/**
 * streamXml that yields after every piece of about 64k characters (a file's chunks are cut to that size
 * too), so a long import can hand on the elements read so far and give the event loop a turn (progress,
 * cancel) before parsing on.
 */
export function* streamXmlSteps(
  xml: string | Iterable<string>,
  file: string,
  opts: StreamXmlOptions,
): Generator<void, { root: XmlElement }> {
  const root = yield* run(xml, file, buildOptions(opts), STEP_CHARS);
  return { root };
}

function buildOptions(opts: StreamXmlOptions): BuildOptions {
  return {
    collect: new Set(opts.collect),
    onElement: opts.onElement,
    onOpen: opts.onOpen,
    maxDepth: opts.maxDepth ?? MAX_XML_DEPTH,
    skip: opts.skip === undefined || opts.skip.length === 0 ? null : new Set(opts.skip),
    onSkip: opts.onSkip,
  };
}

function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done === true) return r.value;
  }
}

/** Where each piece ends when a string is read in pieces of `size` characters (never inside a surrogate pair). */
function* pieceEnds(xml: string, size: number | undefined): Generator<number> {
  if (size === undefined || xml.length <= size) return yield xml.length;
  for (let i = 0; i < xml.length;) {
    let end = Math.min(xml.length, i + size);
    const last = xml.charCodeAt(end - 1);
    if (end < xml.length && last >= 0xd800 && last <= 0xdbff) end++;
    yield end;
    i = end;
  }
}

/** The text in pieces of `size` characters (never splitting a surrogate pair), or whole. */
function* pieces(xml: string, size: number | undefined): Generator<string> {
  let start = 0;
  for (const end of pieceEnds(xml, size)) {
    yield start === 0 && end === xml.length ? xml : xml.slice(start, end);
    start = end;
  }
}

/** A string or a file's chunks, each cut into pieces of `size` characters (whole when size is unset). */
function* stepPieces(xml: string | Iterable<string>, size: number | undefined): Generator<string> {
  if (typeof xml === 'string') return yield* pieces(xml, size);
  for (const chunk of xml) yield* pieces(chunk, size);
}

/** `collect === null` means build the whole document (the root is then returned with all its children). */
function* run(
  xml: string | Iterable<string>,
  file: string,
  opts: BuildOptions,
  stepChars?: number,
): Generator<void, XmlElement> {
  const fail = (reason: string, line: number): never => {
    throw new AppError('parse', { file, line, reason });
  };
  const builder =
    typeof xml === 'string'
      ? yield* readString(xml, file, opts, stepChars)
      : yield* readChunks(stepPieces(xml, stepChars)[Symbol.iterator](), file, opts);
  return builder.root ?? fail('no root element', 1);
}

/**
 * A whole string: the scanner reads it in place, piece end by piece end (no copies), so a long import
 * still hands on the elements read so far after every piece.
 */
function* readString(
  xml: string,
  file: string,
  opts: BuildOptions,
  stepChars: number | undefined,
): Generator<void, TreeBuilder> {
  checkEncoding(xml, file);
  const bom = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  const text = bom === 1 ? xml.slice(1) : xml;
  const declEnd = declarationEnd(text);
  if (declEnd === -1) {
    return yield* saxesRun(stepPieces(text, stepChars), file, opts, text);
  }
  const scanner = new XmlScanner(file, opts, declEnd);
  scanner.setText(text);
  // Pieces are cut from the text as given (byte-order mark included), as saxes was fed.
  for (const end of pieceEnds(xml, stepChars)) {
    scanner.reach(end - bom);
    yield;
  }
  scanner.finish();
  return scanner.builder;
}

/** A file's chunks, read as they come so the whole text never has to be in memory. */
function* readChunks(it: Iterator<string>, file: string, opts: BuildOptions): Generator<void, TreeBuilder> {
  // The first pieces, enough to see the whole XML declaration (or that there is none) before choosing
  // the tokenizer; they are still handed on one by one.
  const head: string[] = [];
  let seen = '';
  while (seen.length < DECL_LOOKAHEAD && !(seen.length > 0 && !startsWithDeclarationPrefix(seen))) {
    const r = it.next();
    if (r.done === true) break;
    head.push(head.length === 0 && r.value.charCodeAt(0) === 0xfeff ? r.value.slice(1) : r.value);
    seen += head[head.length - 1];
    if (seen.includes('?>')) break;
  }
  // On the first piece, as before (a file's first chunk always holds the declaration).
  checkEncoding(head[0] ?? '', file);
  const rest: Iterable<string> = { [Symbol.iterator]: () => it };
  const declEnd = declarationEnd(seen);
  if (declEnd === -1) {
    return yield* saxesRun(prepend(head, rest), file, opts, undefined);
  }
  const scanner = new XmlScanner(file, opts, declEnd);
  for (const piece of prepend(head, rest)) {
    scanner.push(piece);
    yield;
  }
  scanner.finish();
  return scanner.builder;
}

/** Characters read ahead to find the end of an XML declaration (they are longer only with odd spacing). */
const DECL_LOOKAHEAD = 512;

/** Whether `text` could still be the start of "<?xml" followed by a space or "?". */
function startsWithDeclarationPrefix(text: string): boolean {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return t.length <= 5 ? '<?xml'.startsWith(t) : startsWithDeclaration(t);
}

function* prepend(head: string[], rest: Iterable<string>): Generator<string> {
  yield* head;
  yield* rest;
}

/**
 * Where the document's XML declaration ends (0 without one), or -1 for a declaration the
 * scanner does not take as it stands (another version than 1.0, or one saxes would refuse): such a
 * document goes to saxes, which then reads or refuses it exactly as before.
 */
function declarationEnd(text: string): number {
  // saxes skips a byte-order mark of its own, after the one dropped here: a file with two still reads.
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!startsWithDeclaration(text, start)) return start;
  XML_DECL.lastIndex = start;
  return XML_DECL.test(text) ? XML_DECL.lastIndex : -1;
}

const ENCODING_DECL = /^\ufeff?<\?xml\s[^>]*?\bencoding\s*=\s*(["'])(.*?)\1/;

/** Refuses an XML declaration naming an encoding no decoder knows (the old reader's first check too). */
export function checkEncoding(xml: string, file: string): void {
  const label = ENCODING_DECL.exec(xml.slice(0, 256))?.[2];
  if (label === undefined) return;
  try {
    // The text is already decoded; an encoding no decoder knows means the file cannot have been read right.
    new TextDecoder(label);
  } catch {
    throw new AppError('parse', {
      file,
      line: 1,
      reason: `unknown encoding "${label}" in the XML declaration`,
    });
  }
}
