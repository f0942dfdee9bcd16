/**
 * Turns the events of an XML tokenizer (start tag, text, end tag) into the subtrees the readers get, and
 * applies the rules that are ours rather than XML's: the depth cap and namespace prefixes that must be bound.
 * Both tokenizers (scanner.ts, and saxes in read-saxes.ts) feed one TreeBuilder, so the trees, the order of
 * the callbacks and these two errors cannot differ between them.
 */
import type { XmlElement, XmlNode } from './read';

/** Where a rule broke: at the element's start (its name) or at the current token (the end of its tag). */
export type FailAt = 'start' | 'here';

export interface BuildOptions {
  /** Qualified names to build as subtrees; null builds the whole document (the root is the one subtree). */
  collect: ReadonlySet<string> | null;
  onElement: (el: XmlElement, depth: number) => void;
  onOpen: ((el: XmlElement, depth: number) => void) | undefined;
  maxDepth: number;
  /** Names left out of collected subtrees (read.ts StreamXmlOptions.skip); absent or null when none. */
  skip?: ReadonlySet<string> | null;
  onSkip?: ((el: XmlElement, parent: XmlElement) => void) | undefined;
}

export class TreeBuilder {
  root: XmlElement | undefined;
  /** Number of open elements. */
  private depth = 0;
  /** Open elements being built; empty while outside any collected subtree. */
  private readonly building: XmlElement[] = [];
  /** Open elements inside a skipped one (itself included); 0 when not in one. */
  private skipping = 0;
  private readonly ns: Namespaces;

  constructor(
    private readonly opts: BuildOptions,
    private readonly fail: (reason: string, at: FailAt) => never,
  ) {
    this.ns = new Namespaces((reason) => fail(reason, 'here'));
  }

  /** Whether text at this point is kept (inside a collected subtree); elsewhere it is only checked. */
  get collecting(): boolean {
    return this.building.length > 0 && this.skipping === 0;
  }

  /**
   * A start tag. `prefixed` lists, in document order, the attribute names that have a colon or are
   * "xmlns" (null when there are none, as on most tags: no namespace pass at all); undefined means "look
   * at every attribute" (the saxes path).
   */
  open(
    name: string,
    attrs: Record<string, string>,
    line: number,
    column: number,
    prefixed?: readonly string[] | null,
  ): void {
    const { opts } = this;
    if (this.depth >= opts.maxDepth)
      this.fail(`elements nested deeper than ${opts.maxDepth} levels`, 'start');
    if (prefixed === null) this.ns.openPlain();
    else this.ns.open(attrs, prefixed ?? Object.keys(attrs));
    const colon = name.indexOf(':');
    const uri = this.ns.require(colon === -1 ? '' : name.slice(0, colon));
    if (this.skipping > 0) {
      this.skipping++;
      this.depth++;
      return;
    }
    const el: XmlElement = {
      name,
      attrs,
      children: [],
      line,
      column,
      local: colon === -1 ? name : name.slice(colon + 1),
      uri,
    };
    if (this.root === undefined) this.root = el;
    const { building } = this;
    const parent = building[building.length - 1];
    if (parent !== undefined) {
      if (opts.skip?.has(name) === true) {
        this.skipping = 1;
        opts.onSkip?.(el, parent);
      } else {
        parent.children.push(el);
        building.push(el);
      }
    } else if (opts.collect === null || opts.collect.has(name)) {
      building.push(el);
    } else if (opts.onOpen !== undefined) {
      opts.onOpen(el, this.depth);
    }
    this.depth++;
  }

  close(): void {
    this.depth--;
    this.ns.close();
    if (this.skipping > 0) {
      this.skipping--;
      return;
    }
    const el = this.building.pop();
    if (el !== undefined && this.building.length === 0) this.opts.onElement(el, this.depth);
  }

  /** Text or CDATA; consecutive pieces (split by entities, comments, CDATA) make one text node. */
  text(text: string): void {
    if (this.skipping > 0) return;
    const { building } = this;
    const parent = building[building.length - 1];
    if (parent === undefined) return;
    const { children } = parent;
    const n = children.length;
    // Never read children[-1]: an out-of-bounds read sends V8 up the prototype chain (measured 10% of a parse).
    const last = n === 0 ? undefined : children[n - 1];
    if (last !== undefined && (last as XmlElement).name === undefined)
      (last as { text: string }).text += text;
    else children.push({ text } as XmlNode);
  }
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
  /** The default namespace's stack, looked up for every unprefixed element. */
  private readonly defaults = this.bindings.get('') as string[];
  /** One entry per open element: the prefixes it declared, or null (the common case, no allocation). */
  private readonly declared: (string[] | null)[] = [];

  constructor(private readonly fail: (reason: string) => never) {}

  /** An element without namespace declarations or prefixed attributes. */
  openPlain(): void {
    this.declared.push(null);
  }

  /**
   * Binds the element's declarations and checks that its attribute prefixes are bound; `names` holds
   * (at least) the attribute names that are declarations or have a prefix, in document order.
   */
  open(attrs: Record<string, string>, names: readonly string[]): void {
    let mine: string[] | null = null;
    let prefixes: string[] | undefined;
    // A list rather than for…in: enumerating a null-prototype object is slow in V8.
    for (const name of names) {
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

  private uri(prefix: string): string | undefined {
    const stack = prefix === '' ? this.defaults : this.bindings.get(prefix);
    return stack === undefined ? undefined : stack[stack.length - 1];
  }

  require(prefix: string): string {
    return this.uri(prefix) ?? this.fail(`unbound namespace prefix: "${prefix}"`);
  }
}
