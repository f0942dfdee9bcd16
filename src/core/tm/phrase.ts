/**
 * Persian concordance over the fuzzy index: the units whose source holds a phrase in any spelling, found
 * in memory instead of a full-text table. Each query word stands for a set of memory words — itself, its
 * join with a neighbour («بین المللی» → «بینالمللی»), a word it splits into («بینالمللی» → «بین»), a
 * joined word holding it as a part («سیاسی-نظامی»), and for the last word every word it starts. Units
 * are checked in id order (only those holding a word of the rarest set, when it is rare) and the first
 * `want` that hold the phrase are returned: a unit must hold a word of every set (cheap, on word
 * numbers), then the phrase's bare letters (no spaces, ZWNJ or joiners) must occur in its own from a
 * word of the first set on. The caller confirms each hit on the stored text (findSpelled), which also
 * gives the ranges to highlight.
 */
import type { FuzzyIndex } from './fuzzy-index';
import { bareKey, type WordTable } from './word-table';

/** Below this share of the memory, the rarest word set is marked first and only its units are checked. */
const MARK_BELOW = 0.25;

/** For each query word, the memory words that can stand for it (see the file comment). */
export function phraseWordSets(keys: readonly string[], table: WordTable): Set<number>[] {
  const m = keys.length;
  return keys.map((k, i) => {
    const last = i === m - 1;
    const set = new Set<number>();
    const look = (token: string, asPrefix: boolean): void =>
      asPrefix ? table.prefix(token, set) : table.exact(token, set);
    look(k, last);
    if (i > 0) look(`${keys[i - 1] as string}${k}`, last);
    if (!last) look(`${k}${keys[i + 1] as string}`, i + 1 === m - 1);
    for (let cut = 1; cut < k.length; cut++) {
      const a = k.slice(0, cut);
      const b = k.slice(cut);
      if (table.has(a) && (last ? table.hasPrefix(b) : table.has(b))) table.exact(a, set);
    }
    return set;
  });
}

export class PhraseFinder {
  private stamp = new Uint32Array(0);
  private now = 0;
  /** Per memory word: bit p set when it is in query word p's set (first 32 words; cleared after use). */
  private mask = new Uint32Array(0);

  constructor(
    private readonly index: FuzzyIndex,
    private readonly table: WordTable,
  ) {}

  /**
   * Unit ids (ascending) whose words hold the phrase of these word keys, at most `want`. The last key
   * may be the start of a word.
   */
  find(keys: readonly string[], want: number): number[] {
    const bare = keys.map(bareKey).join('');
    if (bare === '' || want <= 0) return [];
    const sets = phraseWordSets(keys, this.table);
    if (sets.some((s) => s.size === 0)) return [];
    const m = Math.min(sets.length, 32);
    const touched = this.setMasks(sets, m);
    try {
      return this.scan(sets, m, bare, this.table.idOf(keys[0] as string), want);
    } finally {
      for (const w of touched) this.mask[w] = 0;
    }
  }

  private setMasks(sets: readonly Set<number>[], m: number): number[] {
    const touched: number[] = [];
    for (let p = 0; p < m; p++)
      for (const w of sets[p] as Set<number>) {
        if (w >= this.mask.length) {
          const wider = new Uint32Array(Math.max(w + 1, this.mask.length * 2, 1024));
          wider.set(this.mask);
          this.mask = wider;
        }
        if (this.mask[w] === 0) touched.push(w);
        this.mask[w] = ((this.mask[w] as number) | (1 << p)) >>> 0;
      }
    return touched;
  }

  /** Checks the units in order, only those holding a word of the rarest set when it is rare enough. */
  private scan(
    sets: readonly Set<number>[],
    m: number,
    bare: string,
    firstId: number | undefined,
    want: number,
  ): number[] {
    const { index } = this;
    const docs = index.docs;
    let rarest: Set<number> | undefined;
    let est = Infinity;
    for (const set of sets) {
      let e = 0;
      for (const w of set) e += index.df(w);
      if (e < est) {
        est = e;
        rarest = set;
      }
    }
    let only: Uint32Array | undefined;
    let now = 0;
    if (rarest && est < MARK_BELOW * docs) {
      if (this.stamp.length < docs) {
        this.stamp = new Uint32Array(Math.max(docs, this.stamp.length * 2, 1024));
        this.now = 0;
      }
      now = ++this.now;
      only = this.stamp;
      for (const w of rarest) {
        const { built, added } = index.postingsOf(w);
        for (let i = 0; i < built.length; i++) only[built[i] as number] = now;
        if (added) for (const d of added) only[d] = now;
      }
    }
    const full = m === 32 ? 0xffffffff : (1 << m) - 1;
    const out: number[] = [];
    for (let d = 0; d < docs; d++) {
      if (only && only[d] !== now) continue;
      if (!index.live(d) || !this.holds(index.docWords(d), full, m, bare, firstId)) continue;
      out.push(index.unitAt(d));
      if (out.length >= want) break;
    }
    return out;
  }

  /**
   * Does a unit's word sequence hold the phrase? First on word numbers (a word of every set; after the
   * first word as written, a word of the second set), then on the bare letters from each possible start.
   */
  private holds(
    words: Int32Array,
    full: number,
    m: number,
    bare: string,
    firstId: number | undefined,
  ): boolean {
    const { mask, table } = this;
    let bits = 0;
    for (let i = 0; i < words.length; i++) bits |= mask[words[i] as number] as number;
    if ((bits & full) >>> 0 !== full >>> 0) return false;
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as number;
      if (((mask[w] as number) & 1) === 0) continue;
      if (m > 1 && w === firstId && ((mask[words[i + 1] ?? 0] as number) & 2) === 0) continue;
      const need = table.bareOf(w).length + bare.length;
      let text = '';
      for (let j = i; j < words.length && text.length < need; j++) text += table.bareOf(words[j] as number);
      if (text.includes(bare)) return true;
    }
    return false;
  }
}
