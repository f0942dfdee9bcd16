/**
 * The in-memory index behind fuzzy lookup: for each word number (tm_words id), the units containing it.
 * A lookup adds up, for every unit sharing a picked query word, that word's weight (rare words weigh
 * more), and returns the best-weighted units as candidates for exact scoring (score.ts). Built once from
 * the stored word numbers (no re-tokenising), then kept current by `add` and `remove`.
 *
 * Layout: a compressed sparse row over "doc numbers" (0…n-1 in unit id order) for the units present at
 * build time, plus small growable lists for units added since; removed units are flagged dead. Each
 * unit's words are kept in order too, so candidates are scored without reading the database. A million
 * 25-word units take about 200 MB (postings and word sequences).
 */
import { ScoreBound, type QueryShape } from './bound';
import { pickQueryTerms } from './candidates';
import { FuzzyIndexBuilder, growI32, growU8, type IndexParts } from './fuzzy-index-builder';

export type { IndexRow } from './fuzzy-index-builder';
import type { IndexRow } from './fuzzy-index-builder';

export interface CandidateOptions {
  /** How many candidates to return. */
  limit: number;
  /** Postings read per lookup before the commonest words are left out. */
  budget?: number;
  /** Query words looked up even past the budget (rarest first; default 6). */
  minTerms?: number;
}

export class FuzzyIndex {
  private unitIds: Int32Array;
  private docCount: number;
  private offsets: Uint32Array;
  private postings: Int32Array;
  private dead: Uint8Array;
  private deadCount = 0;
  private extra = new Map<number, number[]>();
  /** Scratch of one doc block (see candidates): weights, and which of them are set. */
  private readonly acc = new Float32Array(BLOCK);
  private readonly touched = new Int32Array(BLOCK);

  /** Each doc's words in order (for exact scoring without a database read): flat, plus added ones. */
  private seqStarts: Uint32Array;
  private seqWords: Int32Array;
  private addedSeq = new Map<number, Int32Array>();

  private constructor(
    unitIds: Int32Array,
    docCount: number,
    offsets: Uint32Array,
    postings: Int32Array,
    seqStarts: Uint32Array,
    seqWords: Int32Array,
  ) {
    this.seqStarts = seqStarts;
    this.seqWords = seqWords;
    this.unitIds = unitIds;
    this.docCount = docCount;
    this.offsets = offsets;
    this.postings = postings;
    this.dead = new Uint8Array(unitIds.length);
  }

  /**
   * Rows must come in increasing unit id order (the SQLite rowid order). `hint` (unit and word counts,
   * when the caller knows them) sizes the arrays once instead of doubling them while reading.
   */
  static build(rows: Iterable<IndexRow>, hint?: { units: number; words: number }): FuzzyIndex {
    const builder = new FuzzyIndexBuilder(hint);
    for (const row of rows) builder.push(row);
    return FuzzyIndex.fromParts(builder.finish());
  }

  /** The index over a builder's arrays (fuzzy-index-builder.ts). */
  static fromParts(p: IndexParts): FuzzyIndex {
    return new FuzzyIndex(p.unitIds, p.docCount, p.offsets, p.postings, p.seqStarts, p.seqWords);
  }

  /** Units indexed and not removed. */
  get size(): number {
    return this.docCount - this.deadCount;
  }

  /** Units containing the word (removed ones included until a rebuild; close enough for weighting). */
  df(word: number): number {
    const base =
      word + 1 < this.offsets.length
        ? (this.offsets[word + 1] as number) - (this.offsets[word] as number)
        : 0;
    return base + (this.extra.get(word)?.length ?? 0);
  }

  add(row: IndexRow): void {
    const last = this.docCount > 0 ? (this.unitIds[this.docCount - 1] as number) : -1;
    if (row.unitId <= last) throw new Error(`unit ${row.unitId} added out of order`);
    if (this.docCount >= this.unitIds.length) {
      const cap = this.unitIds.length * 2;
      this.unitIds = growI32(this.unitIds, cap);
      this.dead = growU8(this.dead, cap);
    }
    const d = this.docCount++;
    this.unitIds[d] = row.unitId;
    this.addedSeq.set(d, Int32Array.from(row.words));
    const done = new Set<number>();
    for (let i = 0; i < row.words.length; i++) {
      const w = row.words[i] as number;
      if (done.has(w)) continue;
      done.add(w);
      const list = this.extra.get(w);
      if (list) list.push(d);
      else this.extra.set(w, [d]);
    }
  }

  remove(unitId: number): boolean {
    const d = this.docOf(unitId);
    if (d < 0 || this.dead[d] === 1) return false;
    this.dead[d] = 1;
    this.deadCount++;
    return true;
  }

  /** A unit's words in order, if indexed and not removed. */
  words(unitId: number): Int32Array | undefined {
    const d = this.docOf(unitId);
    if (d < 0 || this.dead[d] === 1) return undefined;
    return this.docWords(d);
  }

  /** Doc numbers (0…docs-1, in unit id order) hand out postings; concordance walks them (phrase.ts). */
  get docs(): number {
    return this.docCount;
  }

  /** The docs holding a word: those from the build (ascending), then those added since (ascending). */
  postingsOf(word: number): { built: Int32Array; added: readonly number[] | undefined } {
    const { offsets, postings } = this;
    const built =
      word + 1 < offsets.length
        ? postings.subarray(offsets[word] as number, offsets[word + 1] as number)
        : postings.subarray(0, 0);
    return { built, added: this.extra.get(word) };
  }

  /** A doc's words in order (removed docs too: check `live`). */
  docWords(d: number): Int32Array {
    return (
      this.addedSeq.get(d) ??
      this.seqWords.subarray(this.seqStarts[d] as number, this.seqStarts[d + 1] as number)
    );
  }

  live(d: number): boolean {
    return d < this.docCount && this.dead[d] !== 1;
  }

  unitAt(d: number): number {
    return this.unitIds[d] as number;
  }

  private docOf(unitId: number): number {
    let lo = 0;
    let hi = this.docCount - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = this.unitIds[mid] as number;
      if (v === unitId) return mid;
      if (v < unitId) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Unit ids of the best-weighted units sharing words with the query, best first. */
  candidates(queryWords: readonly number[], opts: CandidateOptions): number[] {
    return this.topByWeight(queryWords, opts).map((d) => this.unitIds[d] as number);
  }

  /**
   * The `limit` best-weighted units, re-ranked by the upper bound on their score (bound.ts), highest
   * first (ties: higher weight first). The caller scores them exactly in this order and stops once a
   * bound cannot beat what it has.
   */
  rankedByBound(shape: QueryShape, opts: CandidateOptions): RankedCandidate[] {
    const words = [...new Set(shape.free.map((f) => f.word))];
    const docs = this.topByWeight(words, opts);
    const bound = new ScoreBound(shape);
    const out = docs.map((d, rank) => ({
      unitId: this.unitIds[d] as number,
      bound: bound.of(this.docWords(d)),
      rank,
    }));
    out.sort((a, b) => b.bound - a.bound || a.rank - b.rank);
    return out.map(({ unitId, bound: b }) => ({ unitId, bound: b }));
  }

  /** Doc numbers of the best-weighted units sharing words with the query, best first. */
  private topByWeight(queryWords: readonly number[], opts: CandidateOptions): number[] {
    const n = this.size;
    if (n === 0) return [];
    const distinct = [...new Set(queryWords)];
    const picked = pickQueryTerms(
      distinct.map((w) => ({ term: String(w), df: this.df(w) })),
      opts.budget ?? 200_000,
      opts.minTerms ?? 6,
      24,
    ).map(Number);
    const lists = picked.map((w) => ({
      weight: Math.log(1 + n / Math.max(1, this.df(w))),
      ...this.postingsOf(w),
      at: 0,
      addedAt: 0,
    }));
    // Weights are summed one block of docs at a time, each list read on from where the last block left
    // it: postings are in doc order, so the random writes stay inside a block's small scratch array
    // (cache-resident) instead of a million-entry one. This is the part of a lookup that grows with
    // the memory.
    const { acc, touched, dead } = this;
    const limit = opts.limit;
    const top = new TopWeights(limit);
    for (let base = 0; base < this.docCount; base += BLOCK) {
      const end = base + BLOCK;
      let count = 0;
      for (const l of lists) {
        const { built, added, weight } = l;
        let i = l.at;
        for (; i < built.length; i++) {
          const d = (built[i] as number) - base;
          if (d >= BLOCK) break;
          const v = acc[d] as number;
          if (v === 0) touched[count++] = d;
          acc[d] = v + weight;
        }
        l.at = i;
        if (added) {
          let j = l.addedAt;
          for (; j < added.length; j++) {
            const d = (added[j] as number) - base;
            if (d >= BLOCK) break;
            const v = acc[d] as number;
            if (v === 0) touched[count++] = d;
            acc[d] = v + weight;
          }
          l.addedAt = j;
        }
      }
      for (let t = 0; t < count; t++) {
        const d = touched[t] as number;
        const v = acc[d] as number;
        acc[d] = 0;
        if (v > top.floor && dead[base + d] !== 1) top.offer(base + d, v);
      }
      if (end >= this.docCount) break;
    }
    return top.best();
  }
}

export interface RankedCandidate {
  unitId: number;
  /** The highest score the unit can reach against the query (bound.ts). */
  bound: number;
}

/**
 * The `limit` highest weights offered, kept in a buffer of twice that size: when it fills, the weight at
 * rank `limit` becomes the floor and everything at or below it is dropped (ties at the floor: the earlier
 * doc stays), so offering costs a constant on average whether limit is 5 or 1000.
 */
class TopWeights {
  floor = -1;
  private docs: Int32Array;
  private weights: Float32Array;
  private count = 0;

  constructor(private readonly limit: number) {
    this.docs = new Int32Array(Math.max(2, limit * 2));
    this.weights = new Float32Array(this.docs.length);
  }

  offer(doc: number, weight: number): void {
    if (this.count === this.docs.length) this.compact();
    this.docs[this.count] = doc;
    this.weights[this.count++] = weight;
  }

  /** Docs by weight, best first (ties: lower doc first). */
  best(): number[] {
    this.compact();
    const { docs, weights } = this;
    const order = Array.from({ length: this.count }, (_, k) => k);
    order.sort(
      (x, y) => (weights[y] as number) - (weights[x] as number) || (docs[x] as number) - (docs[y] as number),
    );
    return order.map((k) => docs[k] as number);
  }

  /**
   * Keeps the `limit` highest weights: the cut is found on a sorted copy of the weights (a native
   * numeric sort); ties at the cut keep the earlier docs, which were offered first.
   */
  private compact(): void {
    if (this.count <= this.limit) return;
    const { docs, weights } = this;
    const sorted = weights.slice(0, this.count).sort();
    const cut = sorted[this.count - this.limit] as number;
    let above = 0;
    for (let k = 0; k < this.count; k++) if ((weights[k] as number) > cut) above++;
    let ties = this.limit - above;
    let kept = 0;
    for (let k = 0; k < this.count; k++) {
      const v = weights[k] as number;
      if (v < cut || (v === cut && ties-- <= 0)) continue;
      docs[kept] = docs[k] as number;
      weights[kept++] = v;
    }
    this.count = kept;
    this.floor = cut;
  }
}

/** Docs per block of the candidate count: 32k weights are 128 kB, which stays in the CPU's cache. */
const BLOCK = 1 << 15;
