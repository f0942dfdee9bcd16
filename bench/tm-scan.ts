// The exact answer for the TM bench's quality check: the best word-level score of a query against every
// unit, found by a full scan. Each unit first gets an upper bound on its score (query words that cannot
// be matched free cost at least one edit each, joins included; so do unit words that are no query word,
// join or part of one), then units are scored exactly from the highest bound down until no bound can
// beat the best found. Same result as scoring all, much faster.
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
  // The look-ups above as flat arrays over word numbers (a Map look-up per stored word made the scan of
  // a million units seconds per query): each word's free query positions as a 64-bit mask in two
  // halves, and whether it starts a joining pair. Longer queries (over 64 words) are scored in full.
  const lo = new Uint32Array(vocabSize);
  const hi = new Uint32Array(vocabSize);
  const setBit = (w: number, p: number): void => {
    if (p < 32) lo[w] = ((lo[w] as number) | (1 << p)) >>> 0;
    else hi[w] = ((hi[w] as number) | (1 << (p - 32))) >>> 0;
  };
  for (const [w, ps] of freeBy) for (const p of ps) setBit(w, p);
  const pairLo = new Map<number, number>();
  const pairHi = new Map<number, number>();
  const pairFirst = new Uint8Array(vocabSize);
  for (const [key, ps] of pairFree) {
    pairFirst[Math.floor(key / vocabSize)] = 1;
    for (const p of ps)
      if (p < 32) pairLo.set(key, ((pairLo.get(key) ?? 0) | (1 << p)) >>> 0);
      else pairHi.set(key, ((pairHi.get(key) ?? 0) | (1 << (p - 32))) >>> 0);
  }
  const bits = (x: number): number => {
    let v = x - ((x >>> 1) & 0x55555555);
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  };
  // Unit words that can cost nothing: a query word, two of them joined, or a part of one. Every other
  // unit word costs an edit of its own, so the distance is at least the larger of the two counts.
  const useful = new Uint8Array(vocabSize);
  for (const w of freeBy.keys()) useful[w] = 1;
  for (const key of pairFree.keys()) {
    useful[Math.floor(key / vocabSize)] = 1;
    useful[key % vocabSize] = 1;
  }
  const bound = new Uint8Array(count);
  const all = fullDp || n > 64;
  for (let d = 0; d < count; d++) {
    const s = u.starts[d] as number;
    const e = u.starts[d + 1] as number;
    if (all) {
      bound[d] = 100;
      continue;
    }
    let fl = 0;
    let fh = 0;
    let costly = 0;
    for (let i = s; i < e; i++) {
      const w = u.words[i] as number;
      costly += 1 - (useful[w] as number);
      fl |= lo[w] as number;
      fh |= hi[w] as number;
      if (pairFirst[w] === 1 && i + 1 < e) {
        const key = w * vocabSize + (u.words[i + 1] as number);
        fl |= pairLo.get(key) ?? 0;
        fh |= pairHi.get(key) ?? 0;
      }
    }
    bound[d] = scoreFromDistance(Math.max(n - bits(fl) - bits(fh), costly), n, e - s);
  }
  // Units by bound, highest first (a counting sort).
  const start = new Int32Array(102);
  for (let d = 0; d < count; d++) (start[101 - (bound[d] as number)] as number)++;
  for (let b = 1; b < 102; b++) start[b] = (start[b] as number) + (start[b - 1] as number);
  const order = new Int32Array(count);
  const fill = start.slice();
  for (let d = 0; d < count; d++) order[(fill[100 - (bound[d] as number)] as number)++] = d;
  let best = -1;
  let bestUnit = -1;
  let scored = 0;
  for (let k = 0; k < count; k++) {
    const d = order[k] as number;
    if ((bound[d] as number) <= best) break;
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
  return { score: best, unitId: bestUnit, scored };
}
