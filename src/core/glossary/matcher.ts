/**
 * Glossary term recognition in Persian text: built once per glossary version, then `match` runs on every
 * keystroke.
 *
 * Terms are indexed by their termKey (match key without spaces/ZWNJ) in a trie. The text's match key is
 * walked from every word start, skipping spaces and ZWNJ, so «بین‌المللی», «بین المللی» and «بینالمللی»
 * all reach the same trie node. A candidate ends either on a word end (exact) or on a chain of Persian
 * suffixes that runs to the word end (inflected); anything else is a longer word and no match («روس» is not
 * found in «روسیه»). A term starts only at a word start: not after a letter, a digit or a ZWNJ. Which
 * suffix chains count is decided in suffixes.ts («ایرانیان» is not «ایران» + suffixes). Overlaps are
 * settled by hit length, longest first.
 */
import type { TermHit, TermStatus } from '../../shared/model';
import { KEY_SPACE, KEY_ZWNJ, normalizeForMatchScratch, termKey } from '../text/normalize';
import { CandidateList } from './candidates';
import { TERM_STATUS_RANK } from './term-status';
import { isWordEnd, suffixChainEnd } from './suffixes';
import { buildTrie, walk, type TermTrie } from './term-trie';
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
  // The default sort (UTF-16 code unit order) is what buildTrie needs, and the fastest: about a fifth of
  // the build for 100,000 terms.
  const keys = [...byKey.keys()].sort();
  const chosen = keys.map((key) => {
    const group = byKey.get(key) as number[];
    // Stable: equal ranks keep the caller's order.
    if (group.length > 1) group.sort((a, b) => rank(terms[a]) - rank(terms[b]) || a - b);
    return terms[group[0] as number] as MatcherTerm;
  });
  const trie = buildTrie(keys);
  const index: Index = {
    trie,
    chosen,
    word: wordCharTable(),
    walkKeys: new Int32Array(trie.longest + 1),
    walkEnds: new Int32Array(trie.longest + 1),
  };
  return { size, match: (text) => matchText(text, index) };
}

interface Index {
  trie: TermTrie;
  /** The term reported for each trie key. */
  chosen: readonly MatcherTerm[];
  word: Uint8Array;
  /** Keys (index, end) met on one walk. */
  walkKeys: Int32Array;
  walkEnds: Int32Array;
}

function rank(term: MatcherTerm | undefined): number {
  return term?.status ? TERM_STATUS_RANK[term.status] : 0;
}

// Reused across calls (match is synchronous, so one list serves every matcher).
const candidates = new CandidateList();

function matchText(text: string, index: Index): TermHit[] {
  const { trie, chosen, word, walkKeys, walkEnds } = index;
  const { key, starts, ends } = normalizeForMatchScratch(text);
  const n = key.length;
  const rootEdge = trie.rootEdge;
  const list = candidates;
  list.count = 0;

  for (let i = 0; i < n; i++) {
    const c = key.charCodeAt(i);
    if (c === KEY_SPACE) continue;
    const start = i;
    // Keys hold no space or ZWNJ, so a ZWNJ never starts one.
    const found = c !== KEY_ZWNJ && rootEdge[c] !== 0 ? walk(trie, key, start, walkKeys, walkEnds) : 0;
    if (word[c] === 1 || c === KEY_ZWNJ) {
      // A term starting with a letter or digit starts only at a word start (this char, unless it is a
      // ZWNJ): the rest of the word, ZWNJ included, is no start. A symbol may start a term anywhere.
      let p = i + 1;
      for (let d = key.charCodeAt(p); word[d] === 1 || d === KEY_ZWNJ; d = key.charCodeAt(++p));
      i = p - 1;
    }
    if (found === 0) continue;

    // Longest key first; a shorter key ending in the same word can only do as well with a suffix, so the
    // first success per word end is kept (exact beats inflected at equal length).
    let lastEnd = -1;
    for (let f = found - 1; f >= 0; f--) {
      const end = walkEnds[f] as number;
      let hitEnd = end;
      let inflected = false;
      if (word[key.charCodeAt(end - 1)] === 1 && !isWordEnd(key, end, word)) {
        hitEnd = suffixChainEnd(key, end, word);
        if (hitEnd < 0) continue;
        inflected = true;
      }
      if (hitEnd === lastEnd) continue;
      lastEnd = hitEnd;
      list.add(start, hitEnd, walkKeys[f] as number, inflected);
    }
  }

  const picked = list.pick();
  const kept = list.kept;
  const hits: TermHit[] = new Array<TermHit>(picked);
  for (let k = 0; k < picked; k++) {
    const h = kept[k] as number;
    const term = chosen[list.term[h] as number] as MatcherTerm;
    const start = starts[list.start[h] as number] as number;
    const end = ends[(list.end[h] as number) - 1] as number;
    hits[k] = {
      start,
      end,
      text: text.slice(start, end),
      term: term.term,
      english: term.english,
      entry: term.entry,
      inflected: list.inflected[h] === 1,
    };
  }
  return hits;
}
