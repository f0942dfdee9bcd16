/**
 * Glossary term recognition in Persian text: built once per glossary version, then `match` runs on every
 * keystroke.
 *
 * Terms are indexed by their termKey (match key without spaces/ZWNJ) in a trie. The text's match key is
 * walked from every word start, skipping spaces and ZWNJ, so «بین‌المللی», «بین المللی» and «بینالمللی»
 * all reach the same trie node. A candidate ends either on a word end (exact) or on a chain of Persian
 * suffixes that runs to the word end (inflected); anything else is a longer word and no match («روس» is not
 * found in «روسیه»). Overlaps are settled by hit length, longest first.
 */
import type { TermHit, TermStatus } from '../../shared/model';
import { KEY_SPACE, KEY_ZWNJ, normalizeForMatch, termKey } from '../text/normalize';
import { isWordEnd, suffixChainEnd } from './suffixes';
import { buildTrie, edgeTerminal, nextEdge, type TermTrie } from './term-trie';
import { wordCharTable } from './word-chars';

export interface MatcherTerm {
  /** Entry id. */
  entry: number;
  /** The Persian term as written in the glossary. */
  term: string;
  /** The entry's preferred English rendering. */
  english: string;
  /** When two terms share a key (homographs across entries), preferred/admitted ones win over the rest. */
  status?: TermStatus | undefined;
}

export interface Matcher {
  /** Terms indexed (terms whose key is empty, e.g. only spaces, are left out). */
  readonly size: number;
  /** Non-overlapping hits sorted by start; offsets are JavaScript string indices into `text`. */
  match(text: string): TermHit[];
}

const STATUS_RANK: Record<TermStatus, number> = { preferred: 0, admitted: 1, deprecated: 2, forbidden: 3 };

export function buildMatcher(terms: readonly MatcherTerm[]): Matcher {
  const byKey = new Map<string, number[]>();
  let size = 0;
  for (let i = 0; i < terms.length; i++) {
    const key = termKey((terms[i] as MatcherTerm).term);
    if (key === '') continue;
    size++;
    const group = byKey.get(key);
    if (group) group.push(i);
    else byKey.set(key, [i]);
  }
  const keys = [...byKey.keys()].sort();
  const chosen = keys.map((key) => {
    const group = byKey.get(key) as number[];
    // Stable: equal ranks keep the caller's order.
    group.sort((a, b) => rank(terms[a]) - rank(terms[b]) || a - b);
    return terms[group[0] as number] as MatcherTerm;
  });
  const trie = buildTrie(keys);
  const word = wordCharTable();
  return { size, match: (text) => matchText(text, trie, chosen, word) };
}

function rank(term: MatcherTerm | undefined): number {
  return term?.status ? STATUS_RANK[term.status] : 0;
}

// Scratch buffers reused across calls (match is synchronous, so one set serves every matcher).
// Walk: the keys (index, end) met on one trie walk. Candidates: key start, key end, term index, inflected flag.
let walkTerms = new Int32Array(64);
let walkEnds = new Int32Array(64);
let cStart = new Int32Array(1024);
let cEnd = new Int32Array(1024);
let cTerm = new Int32Array(1024);
let cInflected = new Uint8Array(1024);

function matchText(text: string, trie: TermTrie, chosen: readonly MatcherTerm[], word: Uint8Array): TermHit[] {
  const { key, starts, ends } = normalizeForMatch(text);
  const n = key.length;
  const rootEdge = trie.rootEdge;
  const edges = trie.edges;
  let count = 0;

  let joined = false; // the previous key char continues a word (a word char or ZWNJ)
  for (let i = 0; i < n; i++) {
    const c = key.charCodeAt(i);
    const isWord = word[c] === 1;
    const afterJoin = joined;
    joined = isWord || c === KEY_ZWNJ;
    // A term starting with a letter or digit must start a word; one starting with a symbol may start anywhere.
    if ((isWord && afterJoin) || c === KEY_SPACE || c === KEY_ZWNJ) continue;
    let edge = (rootEdge[c] as number) - 1;
    if (edge < 0) continue;

    // Walk the trie as far as the text allows, skipping spaces/ZWNJ, noting every key that ends on the way.
    let found = 0;
    let j = i + 1;
    for (;;) {
      const term = edgeTerminal(edges, edge);
      if (term !== 0) {
        if (found === walkTerms.length) growWalk();
        walkTerms[found] = term - 1;
        walkEnds[found++] = j;
      }
      while (j < n && (key.charCodeAt(j) === KEY_SPACE || key.charCodeAt(j) === KEY_ZWNJ)) j++;
      if (j >= n) break;
      edge = nextEdge(trie, edge, key.charCodeAt(j));
      if (edge < 0) break;
      j++;
    }

    // Longest key first; a shorter key ending in the same word can only do as well with a suffix, so the
    // first success per word end is kept (exact beats inflected at equal length).
    let lastEnd = -1;
    for (let f = found - 1; f >= 0; f--) {
      const end = walkEnds[f] as number;
      let hitEnd = end;
      let inflected = 0;
      if (word[key.charCodeAt(end - 1)] === 1 && !isWordEnd(key, end, word)) {
        hitEnd = suffixChainEnd(key, end, word);
        if (hitEnd < 0) continue;
        inflected = 1;
      }
      if (hitEnd === lastEnd) continue;
      lastEnd = hitEnd;
      if (count === cStart.length) growCandidates();
      cStart[count] = i;
      cEnd[count] = hitEnd;
      cTerm[count] = walkTerms[f] as number;
      cInflected[count++] = inflected;
    }
  }

  const hits: TermHit[] = [];
  const kept = pickNonOverlapping(count);
  for (let k = 0; k < kept.length; k++) {
    const h = kept[k] as number;
    const term = chosen[cTerm[h] as number] as MatcherTerm;
    const start = starts[cStart[h] as number] as number;
    const end = ends[(cEnd[h] as number) - 1] as number;
    hits.push({
      start,
      end,
      text: text.slice(start, end),
      term: term.term,
      english: term.english,
      entry: term.entry,
      inflected: cInflected[h] === 1,
    });
  }
  return hits;
}

function growWalk(): void {
  walkTerms = grown(walkTerms);
  walkEnds = grown(walkEnds);
}

function growCandidates(): void {
  cStart = grown(cStart);
  cEnd = grown(cEnd);
  cTerm = grown(cTerm);
  cInflected = grown(cInflected);
}

function grown<T extends Int32Array | Uint8Array>(a: T): T {
  const b = new (a.constructor as new (size: number) => T)(a.length * 2);
  b.set(a);
  return b;
}

/**
 * The candidates to keep, in start order (candidates arrive sorted by start, and at one start by
 * decreasing end). Runs of overlapping candidates (clusters) are settled one at a time: the longest wins,
 * then the earlier; a candidate overlapping one already kept is dropped.
 */
function pickNonOverlapping(count: number): number[] {
  const kept: number[] = [];
  for (let i = 0; i < count; ) {
    let clusterEnd = cEnd[i] as number;
    let j = i + 1;
    for (; j < count && (cStart[j] as number) < clusterEnd; j++) clusterEnd = Math.max(clusterEnd, cEnd[j] as number);
    if (j === i + 1) kept.push(i);
    else settleCluster(i, j, kept);
    i = j;
  }
  return kept;
}

// Sort keys pack (length descending, candidate index ascending) into one float64, so a cluster sorts with
// the typed-array numeric sort instead of a comparator. Exact: both parts stay below 2^26.
const INDEX_BITS = 2 ** 26;
let order = new Float64Array(256);
let won = new Uint8Array(256);
let wonStart = new Int32Array(256);
let wonEnd = new Int32Array(256);

/** Typed-array sort has a fixed cost that dominates for the small clusters that are the rule. */
function insertionSort(a: Float64Array): void {
  for (let i = 1; i < a.length; i++) {
    const v = a[i] as number;
    let j = i - 1;
    for (; j >= 0 && (a[j] as number) > v; j--) a[j + 1] = a[j] as number;
    a[j + 1] = v;
  }
}

function settleCluster(from: number, to: number, kept: number[]): void {
  const size = to - from;
  if (order.length < size) {
    order = new Float64Array(size * 2);
    won = new Uint8Array(size * 2);
    wonStart = new Int32Array(size * 2);
    wonEnd = new Int32Array(size * 2);
  }
  // At one start each candidate has its own length, so "exact over inflected at equal length" needs no key.
  for (let i = from; i < to; i++) order[i - from] = -((cEnd[i] as number) - (cStart[i] as number)) * INDEX_BITS + (i - from);
  const sorted = order.subarray(0, size);
  if (size > 32) sorted.sort();
  else insertionSort(sorted);
  won.fill(0, 0, size);
  let wins = 0;
  for (let k = 0; k < size; k++) {
    const v = sorted[k] as number;
    const c = v - Math.floor(v / INDEX_BITS) * INDEX_BITS;
    const a = cStart[from + c] as number;
    const b = cEnd[from + c] as number;
    let free = true;
    for (let w = 0; w < wins && free; w++) free = b <= (wonStart[w] as number) || a >= (wonEnd[w] as number);
    if (!free) continue;
    wonStart[wins] = a;
    wonEnd[wins++] = b;
    won[c] = 1;
  }
  for (let c = 0; c < size; c++) if (won[c] === 1) kept.push(from + c);
}
