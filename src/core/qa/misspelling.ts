/**
 * Misspelt names in the source: a Persian word one or two edits away (over match keys) from a word of a
 * glossary name, but not itself a word of any approved glossary term. Report 000 spells the Belarusian
 * minister «خرنینگ»; the glossary has «خرنین» (Viktor Khrenin).
 *
 * Restricted so ordinary words are not flagged (measured on the four reports and on 1 MB of generated news
 * text, see tests/core/qa/misspelling.test.ts and bench/misspelling.ts):
 * - only names: words of the Persian terms of person and place entries;
 * - only long words: name words of at least MIN_LENGTH letters, source words of at least MIN_LENGTH + 1
 *   (five-letter Persian words have real words as neighbours: «ایوان» is one edit from «ایران»); two
 *   edits only for names of TWO_EDIT_LENGTH letters or more, and for names under FREE_EDIT_LENGTH only an
 *   edit at the end (a mid-word edit of a five-letter name is as often another word: «ایروان», Yerevan);
 * - the same first letter (typists rarely get it wrong; most ordinary neighbours differ there);
 * - not an inflection of the name (name + Persian suffix: «بلاروسی», «روسیه‌ای»), and not a word any
 *   approved glossary term uses (a listed spelling variant is not a misspelling).
 */
import type { Entry, Subject } from '../../shared/model';
import { suffixChainEnd } from '../glossary/suffixes';
import { wordCharTable } from '../glossary/word-chars';
import { termKey } from '../text/normalize';

const NAME_SUBJECTS: ReadonlySet<Subject> = new Set(['person', 'place']);
/** Name words shorter than this are not searched; source words must be one letter longer (see below). */
const MIN_LENGTH = 5;
const TWO_EDIT_LENGTH = 8;
/** Names shorter than this may only differ at the end: «خرنینگ» for «خرنین», not «ایروان» (Yerevan) for «ایران». */
const FREE_EDIT_LENGTH = 6;

export interface NameWord {
  /** The name word in match-key spelling. */
  key: string;
  /** The glossary's Persian term the word belongs to, as written («خرنین»). */
  term: string;
  /** The entry's preferred English («Viktor Khrenin»), offered for insertion. */
  english: string;
  entry: number;
}

export interface NameIndex {
  /** Name words by first letter. */
  byFirst: ReadonlyMap<string, readonly NameWord[]>;
  /** Every word of every preferred/admitted Persian term, in match-key spelling. */
  known: ReadonlySet<string>;
  /** Persian terms listed as deprecated or forbidden: a hit on one does not vouch for its words. */
  unapproved: ReadonlySet<string>;
  /** Results per source word (most words repeat). */
  cache: Map<string, NameWord | null>;
}

export interface Misspelling {
  start: number;
  end: number;
  word: string;
  name: NameWord;
}

const WORD = /[\p{L}\p{M}]+/gu;
const approved = (status: string): boolean => status === 'preferred' || status === 'admitted';

function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => termKey(w)).filter((w) => w !== '');
}

export function buildNameIndex(entries: readonly Pick<Entry, 'id' | 'subject' | 'terms'>[]): NameIndex {
  const known = new Set<string>();
  const unapproved = new Set<string>();
  const names: NameWord[] = [];
  for (const e of entries) {
    const english =
      (
        e.terms.find((t) => t.lang === 'en' && t.status === 'preferred') ??
        e.terms.find((t) => t.lang === 'en')
      )?.text ?? '';
    for (const t of e.terms) {
      if (t.lang !== 'fa') continue;
      if (!approved(t.status)) {
        unapproved.add(t.text);
        continue;
      }
      for (const key of wordsOf(t.text)) {
        known.add(key);
        if (NAME_SUBJECTS.has(e.subject) && key.length >= MIN_LENGTH)
          names.push({ key, term: t.text, english, entry: e.id });
      }
    }
  }
  // A word in several names (or several terms of one name) is indexed once, with its shortest term.
  const byKey = new Map<string, NameWord>();
  for (const n of names) {
    const prev = byKey.get(n.key);
    if (!prev || n.term.length < prev.term.length) byKey.set(n.key, n);
  }
  const byFirst = new Map<string, NameWord[]>();
  for (const n of byKey.values()) {
    const first = n.key[0] ?? '';
    const list = byFirst.get(first);
    if (list) list.push(n);
    else byFirst.set(first, [n]);
  }
  return { byFirst, known, unapproved, cache: new Map() };
}

/** Levenshtein distance, or max + 1 as soon as it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}

/** «بلاروسی» is «بلاروس» + ی: an inflection of the name, not a misspelling. */
function isInflection(word: string, name: string): boolean {
  return word.startsWith(name) && suffixChainEnd(word, name.length, wordCharTable()) === word.length;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function nearestName(index: NameIndex, key: string): NameWord | null {
  const cached = index.cache.get(key);
  if (cached !== undefined) return cached;
  let found: NameWord | null = null;
  if (key.length > MIN_LENGTH && !index.known.has(key)) {
    let best = 3;
    for (const n of index.byFirst.get(key[0] ?? '') ?? []) {
      const max = n.key.length >= TWO_EDIT_LENGTH ? 2 : 1;
      if (isInflection(key, n.key) || isInflection(n.key, key)) continue;
      if (n.key.length < FREE_EDIT_LENGTH && commonPrefix(key, n.key) < n.key.length - 1) continue;
      const d = editDistance(key, n.key, max);
      if (d <= max && d < best) {
        best = d;
        found = n;
      }
    }
  }
  index.cache.set(key, found);
  return found;
}

/**
 * Possible misspellings of glossary names in `source`. `covered` are source ranges already matched by an
 * approved glossary term, whose words are right by definition.
 */
export function findMisspellings(
  index: NameIndex,
  source: string,
  covered: readonly { start: number; end: number }[] = [],
): Misspelling[] {
  const out: Misspelling[] = [];
  for (const m of source.matchAll(WORD)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (covered.some((c) => c.start <= start && end <= c.end)) continue;
    const name = nearestName(index, termKey(m[0]));
    if (name) out.push({ start, end, word: m[0], name });
  }
  return out;
}
