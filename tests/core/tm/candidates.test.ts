import { describe, expect, it } from 'vitest';
import { pickQueryTerms, queryTerms } from '../../../src/core/tm';

describe('query terms', () => {
  it('adds joined pairs so a spaced query finds a joined unit', () => {
    expect(queryTerms(['همکاری', 'بین', 'المللی'])).toEqual([
      'همکاری',
      'همکاریبین',
      'بین',
      'بینالمللی',
      'المللی',
    ]);
  });

  it('takes the rarest known terms within the budget, at least minTerms', () => {
    const tf = [
      { term: 'در', df: 900_000 },
      { term: 'رزمایش', df: 120 },
      { term: 'ناشناخته', df: 0 },
      { term: 'دفاع', df: 30_000 },
      { term: 'سپاه', df: 8_000 },
      { term: 'و', df: 950_000 },
    ];
    expect(pickQueryTerms(tf, 10_000, 2)).toEqual(['رزمایش', 'سپاه']);
    expect(pickQueryTerms(tf, 10_000, 4)).toEqual(['رزمایش', 'سپاه', 'دفاع', 'در']);
    expect(pickQueryTerms(tf, 10_000_000, 1, 2)).toEqual(['رزمایش', 'سپاه']);
  });
});
