import { describe, expect, it } from 'vitest';
import { FuzzyIndex, queryShape, ScoreBound, scoreFromDistance, wordDistance } from '../../../src/core/tm';

// Words that join: «بین» + «المللی» = «بینالمللی», «رئیس» + «جمهور» = «رئیسجمهور».
const vocab = ['بین', 'المللی', 'بینالمللی', 'رئیس', 'جمهور', 'رئیسجمهور', 'در', 'و', 'به', 'وزیر', 'دفاع'];
const ids = new Map(vocab.map((w, i) => [w, i]));
const known = (k: string): number | undefined => ids.get(k);
const num = (words: string[]): number[] => words.map((w) => ids.get(w) as number);

function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

describe('ScoreBound', () => {
  it('is never below the exact score, joins included', () => {
    const r = rng(11);
    const pick = (pool: string[]): string => pool[Math.floor(r() * pool.length)] as string;
    const pool = [...vocab, 'ناشناخته'];
    let tight = 0;
    for (let t = 0; t < 2000; t++) {
      const q = Array.from({ length: 1 + Math.floor(r() * 9) }, () => pick(pool));
      const u = Array.from({ length: 1 + Math.floor(r() * 9) }, () => pick(vocab));
      const exact = scoreFromDistance(wordDistance(q, u), q.length, u.length);
      const bound = new ScoreBound(queryShape(q, known)).of(num(u));
      expect(bound, `${q.join(' ')} | ${u.join(' ')}`).toBeGreaterThanOrEqual(exact);
      if (bound === exact) tight++;
    }
    // A bound of 100 everywhere would pass the check above; this one is mostly exact on short texts.
    expect(tight).toBeGreaterThan(1000);
  });

  it('counts a unit longer than the query against it', () => {
    const shape = queryShape(['وزیر', 'دفاع'], known);
    expect(new ScoreBound(shape).of(num(['وزیر', 'دفاع', 'وزیر', 'دفاع']))).toBe(50);
  });
});

describe('FuzzyIndex.rankedByBound', () => {
  it('puts the near-duplicate first, not the unit sharing the rarest words', () => {
    // Unit 1 holds the query's two rarest words among many others; unit 2 is the query minus a word.
    const rows = [
      { unitId: 1, words: num(['بینالمللی', 'رئیسجمهور', 'در', 'در', 'در', 'و', 'و', 'به']) },
      { unitId: 2, words: num(['وزیر', 'دفاع', 'در', 'و', 'بینالمللی']) },
      { unitId: 3, words: num(['وزیر', 'دفاع', 'به']) },
      { unitId: 4, words: num(['وزیر', 'دفاع', 'و']) },
    ];
    const index = FuzzyIndex.build(rows);
    const q = ['وزیر', 'دفاع', 'در', 'و', 'بینالمللی', 'رئیسجمهور'];
    const ranked = index.rankedByBound(queryShape(q, known), { limit: 4 });
    expect(ranked[0]).toEqual({ unitId: 2, bound: 83 });
    expect(ranked.map((c) => c.unitId).sort()).toEqual([1, 2, 3, 4]);
  });
});
