/**
 * A cheap upper bound on a unit's score (score.ts) against one query, from word numbers alone: each query
 * word that no unit word matches free (itself, its join with a neighbour, or a unit pair joining into it)
 * costs at least one edit, and so does each unit word that is none of those. Ranking the fuzzy index's
 * candidates by this bound, not by how rare their shared words are, keeps the near-duplicates on top in a
 * memory whose words are all common; scoring them from the highest bound down can stop once no bound can
 * beat the scores found.
 */
import { scoreFromDistance } from './score';

/** A query as word numbers: which numbers make each query position free (positions 0…length-1). */
export interface QueryShape {
  length: number;
  /** A unit word equal to the query word at `pos`, or to its join with a neighbour. */
  free: readonly { word: number; pos: number }[];
  /** Two adjacent unit words that join into the query word at `pos`. */
  pairs: readonly { first: number; second: number; pos: number }[];
}

/** Query positions as a 64-bit mask in two halves; longer queries get no bound (100). */
const MAX_POSITIONS = 64;

export class ScoreBound {
  private readonly n: number;
  private readonly lo = new Map<number, number>();
  private readonly hi = new Map<number, number>();
  private readonly pairLo = new Map<string, number>();
  private readonly pairHi = new Map<string, number>();
  private readonly pairFirst = new Set<number>();
  private readonly useful = new Set<number>();

  constructor(shape: QueryShape) {
    this.n = shape.length;
    const set = (lo: Map<K, number>, hi: Map<K, number>, key: K, pos: number): void => {
      if (pos < 32) lo.set(key, ((lo.get(key) ?? 0) | (1 << pos)) >>> 0);
      else hi.set(key, ((hi.get(key) ?? 0) | (1 << (pos - 32))) >>> 0);
    };
    type K = number | string;
    for (const f of shape.free) {
      this.useful.add(f.word);
      set(this.lo as Map<K, number>, this.hi as Map<K, number>, f.word, f.pos);
    }
    for (const p of shape.pairs) {
      this.useful.add(p.first);
      this.useful.add(p.second);
      this.pairFirst.add(p.first);
      set(this.pairLo as Map<K, number>, this.pairHi as Map<K, number>, `${p.first},${p.second}`, p.pos);
    }
  }

  /** The highest score a unit with these words (in order) can reach. */
  of(words: ArrayLike<number>): number {
    const n = this.n;
    if (n > MAX_POSITIONS) return 100;
    let fl = 0;
    let fh = 0;
    let costly = 0;
    let pairHits = 0;
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as number;
      if (!this.useful.has(w)) {
        costly++;
        continue;
      }
      fl |= this.lo.get(w) ?? 0;
      fh |= this.hi.get(w) ?? 0;
      if (i + 1 < words.length && this.pairFirst.has(w)) {
        const key = `${w},${words[i + 1] as number}`;
        const l = this.pairLo.get(key) ?? 0;
        const h = this.pairHi.get(key) ?? 0;
        if (l !== 0 || h !== 0) pairHits++;
        fl |= l;
        fh |= h;
      }
    }
    // Each query word takes at most one unit word free, or two joining into it: the rest cost one each.
    const surplus = words.length - n - pairHits;
    return scoreFromDistance(Math.max(n - bits(fl) - bits(fh), costly, surplus), n, words.length);
  }
}

/** Set bits of a 32-bit number. */
function bits(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** A query's shape (see QueryShape) from its match keys and the memory's word numbers. */
export function queryShape(keys: readonly string[], known: (key: string) => number | undefined): QueryShape {
  const free: { word: number; pos: number }[] = [];
  const pairs: { first: number; second: number; pos: number }[] = [];
  const addFree = (key: string, pos: number): void => {
    const word = known(key);
    if (word !== undefined) free.push({ word, pos });
  };
  keys.forEach((k, pos) => {
    addFree(k, pos);
    const prev = keys[pos - 1];
    const next = keys[pos + 1];
    if (prev !== undefined) addFree(prev + k, pos);
    if (next !== undefined) addFree(k + next, pos);
    for (let cut = 1; cut < k.length; cut++) {
      const first = known(k.slice(0, cut));
      const second = first === undefined ? undefined : known(k.slice(cut));
      if (first !== undefined && second !== undefined) pairs.push({ first, second, pos });
    }
  });
  return { length: keys.length, free, pairs };
}
