import { describe, expect, it } from 'vitest';
import { FuzzyIndex, PhraseFinder, tmKeys, WordTable, bareKey } from '../../../src/core/tm';

/** A tiny memory: unit ids 10, 20, 30… in order, words numbered as the store numbers them. */
function memory(sources: readonly string[]) {
  const ids = new Map<string, number>();
  const keys: string[] = [];
  const number = (k: string): number => {
    let id = ids.get(k);
    if (id === undefined) {
      id = keys.length;
      ids.set(k, id);
      keys.push(k);
    }
    return id;
  };
  const rows = sources.map((s, i) => ({ unitId: (i + 1) * 10, words: tmKeys(s).map(number) }));
  const index = FuzzyIndex.build(rows);
  const table = new WordTable(keys);
  const finder = new PhraseFinder(index, table);
  return {
    index,
    table,
    number,
    find: (query: string, want = 50) => finder.find(tmKeys(query), want),
  };
}

const UNITS = [
  'همکاری‌های بین المللی دو کشور گسترش یافت.', // 10: spaced
  'همکاری‌های بینالمللی دو کشور گسترش یافت.', // 20: joined
  'همکاری‌های بین‌المللی دو کشور گسترش یافت.', // 30: ZWNJ
  'رئيس جمهور در نشست خبری گفت.', // 40: Arabic yeh
  'همکاری سیاسی-نظامی دو کشور ادامه دارد.', // 50: hyphen-joined word
  'بین دو کشور المللی نیست.', // 60: the words, not together
  'وزیر دفاع ایران گفت.', // 70
  'وزیران دفاع دو کشور دیدار کردند.', // 80
];

describe('PhraseFinder (Persian concordance over the fuzzy index)', () => {
  it('finds a phrase spaced, joined or with ZWNJ, whichever way the query spells it', () => {
    const m = memory(UNITS);
    expect(m.find('بین المللی')).toEqual([10, 20, 30]);
    expect(m.find('بینالمللی')).toEqual([10, 20, 30]);
    expect(m.find('بین‌المللی دو')).toEqual([10, 20, 30]);
    // The last word may be unfinished: «بین» starts «بینالمللی».
    expect(m.find('همکاری‌های بین')).toEqual([10, 20, 30]);
    expect(m.find('همکاریهای بینالمللی دو کشور')).toEqual([10, 20, 30]);
  });

  it('folds Arabic letter forms: «رئیس» finds «رئيس»', () => {
    const m = memory(UNITS);
    expect(m.find('رئیس جمهور')).toEqual([40]);
    expect(m.find('رئیسجمهور')).toEqual([40]);
  });

  it('takes the last word as the start of a word, the others as whole words', () => {
    const m = memory(UNITS);
    expect(m.find('وزیر')).toEqual([70, 80]);
    expect(m.find('وزیر دفا')).toEqual([70]);
    expect(m.find('وزیرا')).toEqual([80]);
    expect(m.find('وزیر دفاع ایر')).toEqual([70]);
    // «وزیر» is not a whole word of unit 80.
    expect(m.find('وزیر دفاع دو')).toEqual([]);
  });

  it('finds a part of a hyphen-joined word and the word itself', () => {
    const m = memory(UNITS);
    expect(m.find('نظامی دو کشور')).toEqual([50]);
    expect(m.find('سیاسی-نظامی')).toEqual([50]);
    expect(m.find('سیاسی نظامی')).toEqual([50]);
  });

  it('needs the words together and in order, and stops at `want`', () => {
    const m = memory(UNITS);
    expect(m.find('دو کشور')).toEqual([10, 20, 30, 50, 60, 80]);
    expect(m.find('کشور دو')).toEqual([]);
    expect(m.find('المللی دو کشور')).toEqual([10]);
    expect(m.find('دو کشور', 2)).toEqual([10, 20]);
    expect(m.find('ناشناخته')).toEqual([]);
    expect(m.find('.')).toEqual([]);
  });

  it('sees units added and removed after the build, and words learnt since', () => {
    const m = memory(UNITS);
    const id = m.number('تازه');
    m.table.add(id, 'تازه');
    m.index.add({ unitId: 90, words: tmKeys('خبر تازه بین المللی').map(m.number) });
    m.index.remove(20);
    expect(m.find('تازه بینالمللی')).toEqual([90]);
    expect(m.find('بین المللی')).toEqual([10, 30, 90]);
  });

  it('compares bare letters: joiners inside a word do not count', () => {
    expect(bareKey('سیاسی-نظامی')).toBe('سیاسینظامی');
    expect(bareKey("o'brien")).toBe('obrien');
    expect(bareKey('1402')).toBe('1402');
  });
});
