import { describe, expect, it } from 'vitest';
import { FuzzyIndex } from '../../../src/core/tm';

describe('FuzzyIndex', () => {
  const rows = [
    { unitId: 3, words: [1, 2, 3, 2] },
    { unitId: 7, words: [2, 4, 100_000] },
    { unitId: 9, words: [5, 6] },
  ];

  it('keeps each unit’s words in order and ranks units by shared rare words', () => {
    for (const index of [FuzzyIndex.build(rows), FuzzyIndex.build(rows, { units: 3, words: 9 })]) {
      expect(index.size).toBe(3);
      expect([...(index.words(3) ?? [])]).toEqual([1, 2, 3, 2]);
      expect([...(index.words(7) ?? [])]).toEqual([2, 4, 100_000]);
      // A repeated word counts once per unit.
      expect(index.df(2)).toBe(2);
      expect(index.df(100_000)).toBe(1);
      expect(index.candidates([100_000, 2], { limit: 5 })).toEqual([7, 3]);
      expect(index.candidates([5], { limit: 5 })).toEqual([9]);
    }
  });

  it('takes units added and removed after the build', () => {
    const index = FuzzyIndex.build(rows);
    index.add({ unitId: 12, words: [5, 8] });
    expect(index.remove(9)).toBe(true);
    expect(index.words(9)).toBeUndefined();
    expect([...(index.words(12) ?? [])]).toEqual([5, 8]);
    expect(index.candidates([5, 8], { limit: 5 })).toEqual([12]);
    expect(() => index.add({ unitId: 4, words: [1] })).toThrow(/out of order/);
  });

  it('keeps the best-weighted units when far more share the query’s words than asked for', () => {
    // Unit i holds words 0…(i mod 7): the units holding more of words 0–6 weigh more, ties by unit id.
    const many = Array.from({ length: 300 }, (_, i) => ({
      unitId: i + 1,
      words: Array.from({ length: (i % 7) + 1 }, (_, w) => w),
    }));
    const index = FuzzyIndex.build(many);
    const got = index.candidates([0, 1, 2, 3, 4, 5, 6], { limit: 10 });
    const want = many
      .filter((u) => u.words.length === 7)
      .map((u) => u.unitId)
      .slice(0, 10);
    expect(got).toEqual(want);
  });
});
