import { describe, expect, it } from 'vitest';
import { IdScorer, scoreFromDistance, wordDistance } from '../../../src/core/tm';

// Words that join: «بین» + «المللی» = «بینالمللی», «رئیس» + «جمهور» = «رئیسجمهور».
const vocab = ['بین', 'المللی', 'بینالمللی', 'رئیس', 'جمهور', 'رئیسجمهور', 'در', 'و', 'به', 'وزیر', 'دفاع'];
const ids = new Map(vocab.map((w, i) => [w, i]));
const known = (k: string): number | undefined => ids.get(k);

function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

describe('IdScorer', () => {
  it('gives the score of score.ts on word numbers, joins included', () => {
    const r = rng(7);
    const pick = (pool: string[]): string => pool[Math.floor(r() * pool.length)] as string;
    const queryPool = [...vocab, 'ناشناخته', 'دیگر'];
    for (let t = 0; t < 2000; t++) {
      const q = Array.from({ length: 1 + Math.floor(r() * 9) }, () => pick(queryPool));
      const u = Array.from({ length: 1 + Math.floor(r() * 9) }, () => pick(vocab));
      const want = scoreFromDistance(wordDistance(q, u), q.length, u.length);
      const scorer = new IdScorer(q, known);
      const unit = u.map((w) => ids.get(w) as number);
      expect(scorer.score(unit), `${q.join(' ')} | ${u.join(' ')}`).toBe(want);
      const floor = Math.floor(r() * 100);
      expect(scorer.score(unit, floor)).toBe(want >= floor ? want : -1);
    }
  });

  it('treats a joined pair as the one word on either side', () => {
    const unit = ['وزیر', 'بینالمللی'].map((w) => ids.get(w) as number);
    expect(new IdScorer(['وزیر', 'بین', 'المللی'], known).score(unit)).toBe(100);
    const split = ['رئیس', 'جمهور', 'در'].map((w) => ids.get(w) as number);
    expect(new IdScorer(['رئیسجمهور', 'در'], known).score(split)).toBe(100);
  });
});
