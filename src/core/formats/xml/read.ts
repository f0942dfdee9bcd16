/**
 * Safe XML reading for untrusted exchange files (TMX, XLIFF, TBX), built on saxes.
 *
 * Why saxes and not a DOM: it streams, it never fetches anything (no DTD, no external entity), and it
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
import { SaxesParser } from 'saxes';
import type { SaxesTagPlain } from 'saxes';
import { AppError } from '../../../shared/errors';

export interface XmlElement {
  /** Qualified name as written, e.g. "tu", "xml:lang" style prefixes kept ("gls:glossary"). */
  name: string;
  /**
   * Attributes by qualified name as written ("xml:lang", "srcLang"); namespace declarations included.
   * A null-prototype object: an attribute called "__proto__" or "constructor" is plain data.
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
  return drain(run(xml, file, null, () => {}, undefined, limits.maxDepth));
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
  return { root: drain(run(xml, file, new Set(opts.collect), opts.onElement, opts.onOpen, opts.maxDepth)) };
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
  const root = yield* run(
    xml,
    file,
    new Set(opts.collect),
    opts.onElement,
    opts.onOpen,
    opts.maxDepth,
    STEP_CHARS,
  );
  return { root };
}

function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done === true) return r.value;
  }
}

/** The text in pieces of `size` characters (never splitting a surrogate pair), or whole. */
function* pieces(xml: string, size: number | undefined): Generator<string> {
  if (size === undefined || xml.length <= size) return yield xml;
  for (let i = 0; i < xml.length;) {
    let end = Math.min(xml.length, i + size);
    const last = xml.charCodeAt(end - 1);
    if (end < xml.length && last >= 0xd800 && last <= 0xdbff) end++;
    yield xml.slice(i, end);
    i = end;
  }
}

/** A string or a file's chunks, each cut into pieces of `size` characters (whole when size is unset). */
function* stepPieces(xml: string | Iterable<string>, size: number | undefined): Generator<string> {
  if (typeof xml === 'string') return yield* pieces(xml, size);
  for (const chunk of xml) yield* pieces(chunk, size);
}

const ENTITY_DECL = /<!ENTITY/i;

/** `collect === null` means build the whole document (the root is then returned with all its children). */
function* run(
  xml: string | Iterable<string>,
  file: string,
  collect: ReadonlySet<string> | null,
  onElement: (el: XmlElement, depth: number) => void,
  onOpen?: (el: XmlElement, depth: number) => void,
  maxDepth = MAX_XML_DEPTH,
  stepChars?: number,
): Generator<void, XmlElement> {
  // Namespaces are resolved here rather than by saxes (xmlns: true): that mode doubled parse time on
  // Persian TMX files, and readers only need each element's local name and namespace URI.
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  const fail = (reason: string, line = parser.line): never => {
    throw new AppError('parse', { file, line, reason });
  };

  let root: XmlElement | undefined;
  /** Number of open elements. */
  let depth = 0;
  /** Open elements being built; empty while outside any collected subtree. */
  const building: XmlElement[] = [];
  const ns = new Namespaces(fail);
  let startLine = 1;
  let startColumn = 1;

  // Keep the number of handlers at six or fewer: saxes stores each one as a new property on the parser,
  // and with eight of them V8 turned the parser into a slow dictionary object; parsing became 4x slower
  // (measured). So errors are caught around write() instead of an 'error' handler, and the XML
  // declaration's encoding is checked with a regex before parsing instead of an 'xmldecl' handler.
  parser.on('doctype', (text: string) => {
    // The internal subset is the only place an entity can be declared; we never expand any.
    if (ENTITY_DECL.test(text)) fail('entity declarations are not allowed');
  });
  parser.on('opentagstart', (tag) => {
    // saxes reports this right after the name, so the `<` sits name.length + 1 columns back.
    startLine = parser.line;
    startColumn = Math.max(1, parser.column - tag.name.length - 1);
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (depth >= maxDepth) fail(`elements nested deeper than ${maxDepth} levels`, startLine);
    ns.open(tag.attributes);
    const el = makeElement(tag, ns, startLine, startColumn);
    if (root === undefined) root = el;
    const parent = building[building.length - 1];
    if (parent !== undefined) {
      parent.children.push(el);
      building.push(el);
    } else if (collect === null || collect.has(tag.name)) {
      building.push(el);
    } else if (onOpen !== undefined) {
      onOpen(el, depth);
    }
    depth++;
  });
  parser.on('closetag', () => {
    depth--;
    ns.close();
    const el = building.pop();
    if (el !== undefined && building.length === 0) onElement(el, depth);
  });
  const onText = (text: string): void => {
    const parent = building[building.length - 1];
    if (parent === undefined) return;
    const last = parent.children[parent.children.length - 1];
    // saxes may split one run of text (CDATA, entity boundaries); keep one node per run.
    if (last !== undefined && !isElement(last)) last.text += text;
    else parent.children.push({ text });
  };
  parser.on('text', onText);
  parser.on('cdata', onText);

  // A string is parsed in one write; an iterable of chunks (a large file read piece by piece) chunk by
  // chunk, so the whole text never has to be in memory.
  let first = true;
  let lastChunk = '';
  try {
    for (const chunk of stepPieces(xml, stepChars)) {
      lastChunk = chunk;
      if (first) {
        first = false;
        checkEncoding(chunk, fail);
        parser.write(chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk);
      } else parser.write(chunk);
      // Streaming readers pause here between pieces (a no-op for the draining callers).
      yield;
    }
    parser.close();
  } catch (err) {
    if (err instanceof AppError) throw err;
    const text = typeof xml === 'string' ? xml : lastChunk;
    fail(
      cleanMessage(
        err instanceof Error ? err.message : String(err),
        text,
        typeof xml === 'string' ? parser.line : 0,
      ),
    );
  }
  if (root === undefined) fail('no root element');
  return root as XmlElement;
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/**
 * In-scope namespace bindings: per prefix a stack of URIs, plus per open element the prefixes it declared
 * so its close undoes exactly those. Lookup and open/close cost O(attributes), never O(depth): a chain of
 * scope objects (or a copy per declaring element) made every lookup walk the open elements.
 */
class Namespaces {
  private readonly bindings = new Map<string, string[]>([
    ['', ['']],
    ['xml', [XML_NS]],
  ]);
  /** One entry per open element: the prefixes it declared, or null (the common case, no allocation). */
  private readonly declared: (string[] | null)[] = [];

  constructor(private readonly fail: (reason: string) => never) {}

  /** Binds the element's declarations and checks that its attribute prefixes are bound. */
  open(attrs: Record<string, string>): void {
    let mine: string[] | null = null;
    let prefixes: string[] | undefined;
    // One pass: enumerating saxes's attribute objects is a measurable share of parse time.
    for (const name in attrs) {
      const colon = name.indexOf(':');
      if (name === 'xmlns' || (colon === 5 && name.startsWith('xmlns'))) {
        const prefix = colon === -1 ? '' : name.slice(6);
        const stack = this.bindings.get(prefix);
        if (stack === undefined) this.bindings.set(prefix, [attrs[name] ?? '']);
        else stack.push(attrs[name] ?? '');
        (mine ??= []).push(prefix);
      } else if (colon > 0) {
        (prefixes ??= []).push(name.slice(0, colon));
      }
    }
    this.declared.push(mine);
    // Checked after the loop: a prefix may be declared by a later attribute of the same element.
    if (prefixes !== undefined)
      for (const p of prefixes) if (this.uri(p) === undefined) this.fail(`unbound namespace prefix: "${p}"`);
  }

  close(): void {
    const mine = this.declared.pop();
    if (mine) for (const prefix of mine) this.bindings.get(prefix)?.pop();
  }

  uri(prefix: string): string | undefined {
    const stack = this.bindings.get(prefix);
    return stack === undefined ? undefined : stack[stack.length - 1];
  }

  require(prefix: string): string {
    return this.uri(prefix) ?? this.fail(`unbound namespace prefix: "${prefix}"`);
  }
}

function makeElement(tag: SaxesTagPlain, ns: Namespaces, line: number, column: number): XmlElement {
  const colon = tag.name.indexOf(':');
  const uri = ns.require(colon === -1 ? '' : tag.name.slice(0, colon));
  // saxes builds a fresh null-prototype object per tag: reuse it rather than copy it.
  return {
    name: tag.name,
    attrs: tag.attributes,
    children: [],
    line,
    column,
    local: colon === -1 ? tag.name : tag.name.slice(colon + 1),
    uri,
  };
}

const ENCODING_DECL = /^\ufeff?<\?xml\s[^>]*?\bencoding\s*=\s*(["'])(.*?)\1/;

function checkEncoding(xml: string, fail: (reason: string, line?: number) => never): void {
  const label = ENCODING_DECL.exec(xml.slice(0, 256))?.[2];
  if (label === undefined) return;
  try {
    // The text is already decoded; an encoding no decoder knows means the file cannot have been read right.
    new TextDecoder(label);
  } catch {
    fail(`unknown encoding "${label}" in the XML declaration`, 1);
  }
}

/** saxes prefixes "line:column: " and says "undefined entity." without the name; name it for the user. */
function cleanMessage(message: string, xml: string, line: number): string {
  const reason = message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
  if (reason === 'undefined entity') {
    const text = lineText(xml, line);
    const unknown = [...text.matchAll(/&([^\s&;#]+);/g)]
      .map((m) => m[1])
      .find((n) => n !== undefined && !PREDEFINED.has(n));
    if (unknown !== undefined) return `undefined entity &${unknown};`;
  }
  return reason;
}

const PREDEFINED = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

function lineText(xml: string, line: number): string {
  let start = 0;
  for (let i = 1; i < line && start !== -1; i++) {
    start = xml.indexOf('\n', start);
    if (start !== -1) start++;
  }
  if (start === -1) return '';
  const end = xml.indexOf('\n', start);
  return xml.slice(start, end === -1 ? undefined : end);
}
