/**
 * Candidate hits of one match call and the choice among overlapping ones.
 *
 * Typed arrays reused across calls (match is synchronous, so one list serves every matcher): a 1 MB text
 * yields about 100,000 candidates, and objects per candidate would cost more than finding them.
 */
export class CandidateList {
  /** Key offsets [start, end) of each candidate, the index of its term, 1 if inflected. */
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  term = new Int32Array(1024);
  inflected = new Uint8Array(1024);
  count = 0;
  /** Output of pick(). */
  kept = new Int32Array(1024);

  // Cluster settling scratch: sort keys, winners' intervals, and which candidates won.
  private order = new Float64Array(64);
  private wonStart = new Int32Array(64);
  private wonEnd = new Int32Array(64);
  private won = new Uint8Array(64);

  /** Candidates must be added by increasing start, and at one start by decreasing end. */
  add(start: number, end: number, term: number, inflected: boolean): void {
    if (this.count === this.start.length) this.grow();
    const i = this.count++;
    this.start[i] = start;
    this.end[i] = end;
    this.term[i] = term;
    this.inflected[i] = inflected ? 1 : 0;
  }

  /**
   * Chooses the candidates to keep and returns how many; their indices are then kept[0..count-1], in
   * start order. Runs of overlapping candidates (clusters) are settled one at a time: the longest wins,
   * then the earlier; a candidate overlapping one already kept is dropped.
   */
  pick(): number {
    const { start, end, count } = this;
    if (this.kept.length < count) this.kept = new Int32Array(this.start.length);
    let picked = 0;
    for (let i = 0; i < count; ) {
      let clusterEnd = end[i] as number;
      let j = i + 1;
      for (; j < count && (start[j] as number) < clusterEnd; j++) clusterEnd = Math.max(clusterEnd, end[j] as number);
      // The usual cluster is nested: the first candidate (earliest start, longest there) covers all the
      // others («وزیر دفاع» over «وزیر»), so it is also the longest and wins outright.
      if (j === i + 1 || end[i] === clusterEnd) this.kept[picked++] = i;
      else picked = this.settle(i, j, picked);
      i = j;
    }
    return picked;
  }

  /** Settles candidates from..to-1, appending the winners to `kept` from `picked` on; returns the new count. */
  private settle(from: number, to: number, picked: number): number {
    const size = to - from;
    if (this.order.length < size) {
      this.order = new Float64Array(size * 2);
      this.wonStart = new Int32Array(size * 2);
      this.wonEnd = new Int32Array(size * 2);
      this.won = new Uint8Array(size * 2);
    }
    const { start, end, order, wonStart, wonEnd, won } = this;
    // One float64 per candidate packs (length descending, index ascending), so sorting needs no
    // comparator. Exact: both parts stay below 2^26. At one start every candidate has its own length, so
    // "exact over inflected at equal length" needs no part in the key.
    for (let i = from; i < to; i++) order[i - from] = -((end[i] as number) - (start[i] as number)) * INDEX_BITS + (i - from);
    const sorted = order.subarray(0, size);
    if (size > 32) sorted.sort();
    else insertionSort(sorted);
    won.fill(0, 0, size);
    let wins = 0;
    for (let k = 0; k < size; k++) {
      const v = sorted[k] as number;
      const c = v - Math.floor(v / INDEX_BITS) * INDEX_BITS;
      const a = start[from + c] as number;
      const b = end[from + c] as number;
      let free = true;
      for (let w = 0; w < wins && free; w++) free = b <= (wonStart[w] as number) || a >= (wonEnd[w] as number);
      if (!free) continue;
      wonStart[wins] = a;
      wonEnd[wins++] = b;
      won[c] = 1;
    }
    let out = picked;
    for (let c = 0; c < size; c++) if (won[c] === 1) this.kept[out++] = from + c;
    return out;
  }

  private grow(): void {
    this.start = doubled(this.start);
    this.end = doubled(this.end);
    this.term = doubled(this.term);
    this.inflected = doubled(this.inflected);
  }
}

const INDEX_BITS = 2 ** 26;

/** Typed-array sort has a fixed cost that dominates for the small clusters that are the rule. */
function insertionSort(a: Float64Array): void {
  for (let i = 1; i < a.length; i++) {
    const v = a[i] as number;
    let j = i - 1;
    for (; j >= 0 && (a[j] as number) > v; j--) a[j + 1] = a[j] as number;
    a[j + 1] = v;
  }
}

function doubled<T extends Int32Array | Uint8Array>(a: T): T {
  const b = new (a.constructor as new (size: number) => T)(a.length * 2);
  b.set(a);
  return b;
}
