/**
 * A compact, read-only trie over term keys, built once per glossary version.
 *
 * Built from sorted keys in one pass (each key shares its prefix with the previous one), then frozen into
 * one flat Int32Array of edge records. Matching is bound by memory latency, not arithmetic: a record holds
 * everything one step needs (the label, where the child's own edges are, whether a key ends at the
 * child), and a node's edges sit side by side, so a step costs one cache miss, two through a table.
 *
 * Branching is cheap too: the root's edges are found through a direct 64K table (every word start looks
 * there), and a node with DENSE_FROM or more children (first letters, and the first letter of the next word
 * in multi-word terms) gets a direct table over a 63-letter alphabet (the labels most used in this
 * glossary, i.e. the Persian letters) instead of a scan. On the 100,000-term benchmark glossary the walk
 * took about a third less time than with a binary search over sorted children. (Laying table children
 * out inline as edge records, to save the second cache miss, measured no faster here and used 4x the
 * memory, so it was dropped.)
 */
export interface TermTrie {
  /**
   * Edge records, STRIDE ints each: label, first edge of the child, the child's edge count (or, for a
   * dense child, -(1 + its block in `dense`)), terminal.
   */
  readonly edges: Int32Array;
  /** 1 + index of the root's edge labelled by a key char; 0 = none. */
  readonly rootEdge: Int32Array;
  /** Key char → 1..63 in the dense alphabet, 0 = not in it. */
  readonly alphabet: Uint8Array;
  /** Blocks of ALPHABET_SIZE ints: [0] = edge count, [a] = 1 + edge labelled by alphabet letter a, 0 = none. */
  readonly dense: Int32Array;
  /** Nodes, the root included. */
  readonly nodeCount: number;
  /** Length of the longest key: no walk meets more keys than this. */
  readonly longest: number;
}

export const STRIDE = 4;
const LABEL = 0;
const FIRST = 1;
const COUNT = 2;
/** 1 + index (into the sorted keys) of the key ending at the edge's child node; 0 = none. */
const TERMINAL = 3;
const ALPHABET_SIZE = 64;
const DENSE_FROM = 5;

/** `keys` must be sorted by UTF-16 code unit (the default Array#sort), without duplicates or empty keys. */
export function buildTrie(keys: readonly string[]): TermTrie {
  let bound = 1;
  let longest = 0;
  for (const key of keys) {
    bound += key.length;
    if (key.length > longest) longest = key.length;
  }
  // Nodes are created in depth-first order, and a node's children in label order.
  const parent = new Int32Array(bound);
  const label = new Uint16Array(bound);
  const terminal = new Int32Array(bound);
  const path = new Int32Array(longest + 1); // path[d] = node at depth d along the current key
  let count = 1;
  let previous = '';
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k] as string;
    let shared = 0;
    const limit = Math.min(key.length, previous.length);
    while (shared < limit && key.charCodeAt(shared) === previous.charCodeAt(shared)) shared++;
    for (let d = shared; d < key.length; d++) {
      parent[count] = path[d] as number;
      label[count] = key.charCodeAt(d);
      path[d + 1] = count++;
    }
    terminal[path[key.length] as number] = k + 1;
    previous = key;
  }

  // Node n's edges start at first[n] (prefix sums of child counts, in node order, so a chain of
  // single-child nodes, the tail of most terms, lies in consecutive records).
  const first = new Int32Array(count + 1);
  for (let node = 1; node < count; node++) {
    const p = (parent[node] as number) + 1;
    first[p] = (first[p] as number) + 1;
  }
  for (let node = 0; node < count; node++) first[node + 1] = (first[node + 1] as number) + (first[node] as number);
  const cursor = first.slice(0, count);
  const edges = new Int32Array((count - 1) * STRIDE);
  const rootEdge = new Int32Array(0x10000);
  for (let node = 1; node < count; node++) {
    const p = parent[node] as number;
    const at = cursor[p] as number;
    cursor[p] = at + 1;
    const r = at * STRIDE;
    edges[r + LABEL] = label[node] as number;
    edges[r + FIRST] = first[node] as number;
    edges[r + COUNT] = (first[node + 1] as number) - (first[node] as number);
    edges[r + TERMINAL] = terminal[node] as number;
    if (p === 0) rootEdge[label[node] as number] = at + 1;
  }
  const alphabet = buildAlphabet(label, count);
  const dense = densify(edges, alphabet);
  return { edges, rootEdge, alphabet, dense, nodeCount: count, longest };
}

/** The ALPHABET_SIZE - 1 most used labels. */
function buildAlphabet(label: Uint16Array, count: number): Uint8Array {
  const uses = new Uint32Array(0x10000);
  for (let node = 1; node < count; node++) {
    const l = label[node] as number;
    uses[l] = (uses[l] as number) + 1;
  }
  const used: number[] = [];
  for (let c = 0; c < 0x10000; c++) if ((uses[c] as number) > 0) used.push(c);
  used.sort((a, b) => (uses[b] as number) - (uses[a] as number) || a - b);
  const alphabet = new Uint8Array(0x10000);
  used.slice(0, ALPHABET_SIZE - 1).forEach((c, i) => (alphabet[c] = i + 1));
  return alphabet;
}

/** Gives every node with DENSE_FROM or more children a direct table, and marks it in its parent edge. */
function densify(edges: Int32Array, alphabet: Uint8Array): Int32Array {
  let blocks = 0;
  for (let r = 0; r < edges.length; r += STRIDE) if ((edges[r + COUNT] as number) >= DENSE_FROM) blocks++;
  const dense = new Int32Array(blocks * ALPHABET_SIZE);
  let block = 0;
  for (let r = 0; r < edges.length; r += STRIDE) {
    const count = edges[r + COUNT] as number;
    if (count < DENSE_FROM) continue;
    const base = block * ALPHABET_SIZE;
    dense[base] = count;
    const from = edges[r + FIRST] as number;
    for (let e = from; e < from + count; e++) {
      const a = alphabet[edges[e * STRIDE + LABEL] as number] as number;
      if (a !== 0) dense[base + a] = e + 1;
    }
    edges[r + COUNT] = -(block++ + 1);
  }
  return dense;
}

/** The edge from the child of `edge` labelled `c`, or -1. */
export function nextEdge(trie: TermTrie, edge: number, c: number): number {
  const edges = trie.edges;
  const r = edge * STRIDE;
  let lo = edges[r + FIRST] as number;
  let count = edges[r + COUNT] as number;
  if (count < 0) {
    const base = (-count - 1) * ALPHABET_SIZE;
    const a = trie.alphabet[c] as number;
    if (a !== 0) return (trie.dense[base + a] as number) - 1;
    count = trie.dense[base] as number; // a letter outside the alphabet: scan
  }
  // Children are sorted by label.
  for (const hi = lo + count; lo < hi; lo++) {
    const l = edges[lo * STRIDE] as number;
    if (l === c) return lo;
    if (l > c) return -1;
  }
  return -1;
}

const GAP_SPACE = 0x20;
const GAP_ZWNJ = 0x200c;

/**
 * Follows `text` from `start` down the trie, passing over spaces and ZWNJ (a term's parts may be written
 * apart, with a ZWNJ or joined: the keys have neither). For every key met on the way, writes its index to
 * `keys` and the text offset just past its last char to `ends`; returns how many were met. Both arrays
 * need room for `longest` entries.
 *
 * The hot loop of matching, so nextEdge's step is written out here: a call per char costs more than the
 * step itself when the caller is too big for the engine to inline into.
 */
export function walk(trie: TermTrie, text: string, start: number, keys: Int32Array, ends: Int32Array): number {
  const { edges, alphabet, dense } = trie;
  const n = text.length;
  let edge = (trie.rootEdge[text.charCodeAt(start)] as number) - 1;
  let found = 0;
  let j = start + 1;
  while (edge >= 0) {
    const r = edge * STRIDE;
    const terminal = edges[r + TERMINAL] as number;
    if (terminal !== 0) {
      keys[found] = terminal - 1;
      ends[found++] = j;
    }
    let c = text.charCodeAt(j); // NaN past the end: no gap, no edge
    while (c === GAP_SPACE || c === GAP_ZWNJ) c = text.charCodeAt(++j);
    if (j >= n) break;
    let lo = edges[r + FIRST] as number;
    let count = edges[r + COUNT] as number;
    edge = -1;
    if (count < 0) {
      const base = (-count - 1) * ALPHABET_SIZE;
      const a = alphabet[c] as number;
      if (a !== 0) {
        edge = (dense[base + a] as number) - 1;
        count = 0;
      } else count = dense[base] as number;
    }
    for (const hi = lo + count; lo < hi; lo++) {
      const l = edges[lo * STRIDE] as number;
      if (l >= c) {
        if (l === c) edge = lo;
        break;
      }
    }
    j++;
  }
  return found;
}

/** 1 + index of the key that ends after following `edge`; 0 = none. */
export function edgeTerminal(edges: Int32Array, edge: number): number {
  return edges[edge * STRIDE + TERMINAL] as number;
}
