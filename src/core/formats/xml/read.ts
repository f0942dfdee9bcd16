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

export interface StreamXmlOptions {
  /** Qualified names of the elements to build as subtrees (e.g. ["tu"], ["unit"], ["termEntry"]). */
  collect: readonly string[];
  /** Called once per collected element when it closes. `ancestors` are outermost first, without the element. */
  onElement: (el: XmlElement, ancestors: readonly string[]) => void;
  /**
   * Optional: called at the start tag of every element outside the collected subtrees (root included), with
   * its attributes and no children. Lets a reader pick up context such as `<file id>` or `<header srclang>`.
   */
  onOpen?: (el: XmlElement, ancestors: readonly string[]) => void;
}

export function isElement(node: XmlNode): node is XmlElement {
  return (node as XmlElement).name !== undefined;
}

/** Concatenated text of an element and its descendants, in document order (mixed content kept). */
export function textOf(el: XmlElement): string {
  let out = '';
  for (const child of el.children) out += isElement(child) ? textOf(child) : child.text;
  return out;
}

/** Whole-document tree, for small files. Throws AppError('parse', { file, line, reason }). */
export function parseXml(xml: string, file: string): XmlElement {
  // Collecting everything makes the root itself the one subtree; `run` returns it complete.
  return run(xml, file, null, () => {});
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
  return { root: run(xml, file, new Set(opts.collect), opts.onElement, opts.onOpen) };
}

const ENTITY_DECL = /<!ENTITY/i;

/** `collect === null` means build the whole document (the root is then returned with all its children). */
function run(
  xml: string | Iterable<string>,
  file: string,
  collect: ReadonlySet<string> | null,
  onElement: (el: XmlElement, ancestors: readonly string[]) => void,
  onOpen?: (el: XmlElement, ancestors: readonly string[]) => void,
): XmlElement {
  // Namespaces are resolved here rather than by saxes (xmlns: true): that mode doubled parse time on
  // Persian TMX files, and readers only need each element's local name and namespace URI.
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  const fail = (reason: string, line = parser.line): never => {
    throw new AppError('parse', { file, line, reason });
  };

  let root: XmlElement | undefined;
  /** Names of the open elements, outermost first. */
  const names: string[] = [];
  /** Open elements being built; empty while outside any collected subtree. */
  const building: XmlElement[] = [];
  /** In-scope prefix → namespace URI maps, one per open element (shared when an element declares none). */
  const scopes: Scope[] = [ROOT_SCOPE];
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
    const scope = scopeOf(scopes[scopes.length - 1] ?? ROOT_SCOPE, tag.attributes, fail);
    scopes.push(scope);
    const el = makeElement(tag, scope, startLine, startColumn, fail);
    if (root === undefined) root = el;
    const parent = building[building.length - 1];
    if (parent !== undefined) {
      parent.children.push(el);
      building.push(el);
    } else if (collect === null || collect.has(tag.name)) {
      building.push(el);
    } else if (onOpen !== undefined) {
      onOpen(el, names.slice());
    }
    names.push(tag.name);
  });
  parser.on('closetag', () => {
    names.pop();
    scopes.pop();
    const el = building.pop();
    if (el !== undefined && building.length === 0) onElement(el, names.slice());
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
    for (const chunk of typeof xml === 'string' ? [xml] : xml) {
      lastChunk = chunk;
      if (first) {
        first = false;
        checkEncoding(chunk, fail);
        parser.write(chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk);
      } else parser.write(chunk);
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

type Scope = Record<string, string>;
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const ROOT_SCOPE: Scope = Object.assign(Object.create(null) as Scope, { '': '', xml: XML_NS });

/**
 * The element's namespace scope (the parent's, or a child of it when the element declares namespaces),
 * checking that attribute prefixes are bound. One pass: enumerating saxes's attribute objects is a
 * measurable share of parse time.
 */
function scopeOf(parent: Scope, attrs: Record<string, string>, fail: (reason: string) => never): Scope {
  let scope = parent;
  let prefixes: string[] | undefined;
  for (const name in attrs) {
    const colon = name.indexOf(':');
    if (name === 'xmlns' || (colon === 5 && name.startsWith('xmlns'))) {
      if (scope === parent) scope = Object.create(parent) as Scope;
      scope[colon === -1 ? '' : name.slice(6)] = attrs[name] ?? '';
    } else if (colon > 0) {
      (prefixes ??= []).push(name.slice(0, colon));
    }
  }
  // Checked after the loop: a prefix may be declared by a later attribute of the same element.
  if (prefixes !== undefined)
    for (const p of prefixes) if (scope[p] === undefined) fail(`unbound namespace prefix: "${p}"`);
  return scope;
}

function makeElement(
  tag: SaxesTagPlain,
  scope: Scope,
  line: number,
  column: number,
  fail: (reason: string) => never,
): XmlElement {
  const colon = tag.name.indexOf(':');
  const prefix = colon === -1 ? '' : tag.name.slice(0, colon);
  const uri = scope[prefix] ?? fail(`unbound namespace prefix: "${prefix}"`);
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
