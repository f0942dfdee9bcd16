/**
 * Builds the fuzzy index's arrays (fuzzy-index.ts) from units pushed in unit id order: one pass into flat
 * arrays (distinct words per unit, and every word in order), then a counting sort into postings. Pushing
 * is incremental, so the server can read a million units a page at a time between other calls and never
 * hold the thread for the whole build (tm-store.ts).
 */
export interface IndexRow {
  unitId: number;
  /** The unit's word numbers in order (repeats allowed). */
  words: ArrayLike<number>;
}

export interface IndexParts {
  unitIds: Int32Array;
  docCount: number;
  offsets: Uint32Array;
  postings: Int32Array;
  seqStarts: Uint32Array;
  seqWords: Int32Array;
}

export class FuzzyIndexBuilder {
  private ids: Int32Array;
  private flat: Int32Array;
  private starts: Uint32Array;
  private seq: Int32Array;
  private seqStarts: Uint32Array;
  /** Distinct words per unit by stamping the word's slot with the unit number: no set per unit. */
  private lastIn: Int32Array = new Int32Array(65536).fill(-1);
  private n = 0;
  private total = 0;
  private seqTotal = 0;
  private maxWord = 0;

  /** `hint` (unit and word counts, when known) sizes the arrays once instead of doubling them. */
  constructor(hint?: { units: number; words: number }) {
    this.ids = new Int32Array((hint?.units ?? 1023) + 1);
    this.flat = new Int32Array(Math.max(16384, hint?.words ?? 0));
    this.starts = new Uint32Array(this.ids.length + 1);
    this.seq = new Int32Array(this.flat.length);
    this.seqStarts = new Uint32Array(this.ids.length + 1);
  }

  /** Units pushed so far. */
  get count(): number {
    return this.n;
  }

  push(row: IndexRow): void {
    const n = this.n;
    if (n + 1 >= this.ids.length) {
      this.ids = growI32(this.ids, this.ids.length * 2);
      this.starts = growU32(this.starts, this.starts.length * 2);
      this.seqStarts = growU32(this.seqStarts, this.seqStarts.length * 2);
    }
    this.ids[n] = row.unitId;
    this.starts[n] = this.total;
    this.seqStarts[n] = this.seqTotal;
    const words = row.words;
    const len = words.length;
    if (this.seqTotal + len > this.seq.length) this.seq = growI32(this.seq, (this.seq.length + len) * 2);
    if (this.total + len > this.flat.length) this.flat = growI32(this.flat, (this.flat.length + len) * 2);
    const { seq, flat } = this;
    let { seqTotal, total, maxWord, lastIn } = this;
    for (let i = 0; i < len; i++) {
      const w = words[i] as number;
      seq[seqTotal++] = w;
      if (w >= lastIn.length) {
        const wider = new Int32Array(Math.max(w + 1, lastIn.length * 2)).fill(-1);
        wider.set(lastIn);
        lastIn = wider;
        this.lastIn = wider;
      }
      if (lastIn[w] === n) continue;
      lastIn[w] = n;
      flat[total++] = w;
      if (w > maxWord) maxWord = w;
    }
    this.seqTotal = seqTotal;
    this.total = total;
    this.maxWord = maxWord;
    this.n = n + 1;
  }

  finish(): IndexParts {
    const { n, total, flat, starts } = this;
    starts[n] = total;
    this.seqStarts[n] = this.seqTotal;
    const offsets = new Uint32Array(this.maxWord + 2);
    for (let i = 0; i < total; i++) (offsets[(flat[i] as number) + 1] as number)++;
    for (let w = 1; w < offsets.length; w++) offsets[w] = (offsets[w] as number) + (offsets[w - 1] as number);
    const fill = offsets.slice(0, offsets.length - 1);
    const postings = new Int32Array(total);
    for (let d = 0; d < n; d++) {
      for (let i = starts[d] as number; i < (starts[d + 1] as number); i++) {
        const w = flat[i] as number;
        postings[(fill[w] as number)++] = d;
      }
    }
    return {
      unitIds: growI32(this.ids, Math.max(n, 1024)),
      docCount: n,
      offsets,
      postings,
      seqStarts: this.seqStarts.slice(0, n + 1),
      seqWords: this.seq.slice(0, this.seqTotal),
    };
  }
}

export function growI32(a: Int32Array, size: number): Int32Array {
  const b = new Int32Array(size);
  b.set(a.subarray(0, Math.min(a.length, size)));
  return b;
}
function growU32(a: Uint32Array, size: number): Uint32Array {
  const b = new Uint32Array(size);
  b.set(a.subarray(0, Math.min(a.length, size)));
  return b;
}
export function growU8(a: Uint8Array, size: number): Uint8Array {
  const b = new Uint8Array(size);
  b.set(a);
  return b;
}
