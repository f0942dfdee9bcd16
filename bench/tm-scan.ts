// The exact answer for the TM bench's quality check: the best word-level score of a query against every
// unit, found by a full scan. Each unit first gets an upper bound on its score (query words that cannot
// be matched free cost at least one edit each, joins included), then units are scored exactly from the
// highest bound down until no bound can beat the best found. Same result as scoring all, much faster.
import { scoreFromDistance, wordDistance } from '../src/core/tm';

export interface ScanUnits {
  ids: Int32Array;
  starts: Uint32Array;
  words: Int32Array;
  keys: string[];
  vocab: Map<string, number>;
}

export function loadScanUnits(
  rows: Iterable<{ unitId: number; words: Uint32Array }>,
  keys: string[],
): ScanUnits {
  const ids: number[] = [];
  const starts: number[] = [0];
  const flat: number[] = [];
  for (const r of rows) {
    ids.push(r.unitId);
    for (const w of r.words) flat.push(w);
    starts.push(flat.length);
  }
  const vocab = new Map<string, number>();
  keys.forEach((k, i) => {
    if (k !== undefined) vocab.set(k, i);
  });
  return {
    ids: Int32Array.from(ids),
    starts: Uint32Array.from(starts),
    words: Int32Array.from(flat),
    keys,
    vocab,
  };
}

/** Best word-level score and how many units were scored exactly. */
export function exactBest(
  u: ScanUnits,
  query: readonly string[],
  fullDp = false,
): { score: number; unitId: number; scored: number } {
  const n = query.length;
  const vocabSize = u.keys.length;
  // For each query position, the word numbers that make it free: itself, or its join with a neighbour.
  const freeBy = new Map<number, number[]>();
  const addFree = (id: number | undefined, pos: number): void => {
    if (id === undefined) return;
    const l = freeBy.get(id) ?? [];
    l.push(pos);
    freeBy.set(id, l);
  };
  // Pairs of unit words joining into a query word.
  const pairFree = new Map<number, number[]>();
  query.forEach((k, i) => {
    addFree(u.vocab.get(k), i);
    if (i > 0) addFree(u.vocab.get((query[i - 1] as string) + k), i);
    if (i + 1 < n) addFree(u.vocab.get(k + (query[i + 1] as string)), i);
    for (let cut = 1; cut < k.length; cut++) {
      const a = u.vocab.get(k.slice(0, cut));
      const b = u.vocab.get(k.slice(cut));
      if (a !== undefined && b !== undefined) {
        const key = a * vocabSize + b;
        const l = pairFree.get(key) ?? [];
        l.push(i);
        pairFree.set(key, l);
      }
    }
  });
  const count = u.ids.length;
  const bound = new Uint8Array(count);
  const isFree = new Uint8Array(n);
  for (let d = 0; d < count; d++) {
    isFree.fill(0);
    const s = u.starts[d] as number;
    const e = u.starts[d + 1] as number;
    for (let i = s; i < e; i++) {
      const w = u.words[i] as number;
      const pos = freeBy.get(w);
      if (pos) for (const p of pos) isFree[p] = 1;
      if (pairFree.size > 0 && i + 1 < e) {
        const pp = pairFree.get(w * vocabSize + (u.words[i + 1] as number));
        if (pp) for (const p of pp) isFree[p] = 1;
      }
    }
    let free = 0;
    for (let p = 0; p < n; p++) free += isFree[p] as number;
    bound[d] = fullDp ? 100 : scoreFromDistance(n - free, n, e - s);
  }
  const buckets: number[][] = Array.from({ length: 101 }, () => []);
  for (let d = 0; d < count; d++) (buckets[bound[d] as number] as number[]).push(d);
  let best = -1;
  let bestUnit = -1;
  let scored = 0;
  for (let b = 100; b >= 0 && b > best; b--) {
    for (const d of buckets[b] as number[]) {
      const s = u.starts[d] as number;
      const e = u.starts[d + 1] as number;
      const words: string[] = [];
      for (let i = s; i < e; i++) words.push(u.keys[u.words[i] as number] as string);
      const score = scoreFromDistance(wordDistance(query, words), n, words.length);
      scored++;
      if (score > best) {
        best = score;
        bestUnit = u.ids[d] as number;
      }
    }
  }
  return { score: best, unitId: bestUnit, scored };
}
