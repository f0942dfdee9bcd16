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
import { pickQueryTerms } from './candidates';
import { FuzzyIndexBuilder, growI32, growU8, type IndexParts } from './fuzzy-index-builder';

export type { IndexRow } from './fuzzy-index-builder';
import type { IndexRow } from './fuzzy-index-builder';

export interface CandidateOptions {
  /** How many candidates to return. */
  limit: number;
  /** Postings read per lookup before the commonest words are left out. */
  budget?: number;
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
    const n = this.size;
    if (n === 0) return [];
    const distinct = [...new Set(queryWords)];
    const picked = pickQueryTerms(
      distinct.map((w) => ({ term: String(w), df: this.df(w) })),
      opts.budget ?? 200_000,
      6,
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
    const bestDoc: number[] = [];
    const bestWeight: number[] = [];
    let floor = -1;
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
      // The block's best into the running top `limit` (a small sorted buffer; limit is tens).
      for (let t = 0; t < count; t++) {
        const d = touched[t] as number;
        const v = acc[d] as number;
        acc[d] = 0;
        if (v <= floor && bestDoc.length >= limit) continue;
        if (dead[base + d] === 1) continue;
        let at = bestDoc.length;
        while (at > 0 && (bestWeight[at - 1] as number) < v) at--;
        bestDoc.splice(at, 0, base + d);
        bestWeight.splice(at, 0, v);
        if (bestDoc.length > limit) {
          bestDoc.pop();
          bestWeight.pop();
        }
        if (bestDoc.length >= limit) floor = bestWeight[bestWeight.length - 1] as number;
      }
      if (end >= this.docCount) break;
    }
    return bestDoc.map((d) => this.unitIds[d] as number);
  }
}

/** Docs per block of the candidate count: 32k weights are 128 kB, which stays in the CPU's cache. */
const BLOCK = 1 << 15;
