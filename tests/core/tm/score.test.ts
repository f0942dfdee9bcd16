import { describe, expect, it } from 'vitest';
import { alignWords, tmKeys, tmScore, tmText, wordDistance } from '../../../src/core/tm';

const score = (a: string, b: string): number => tmScore(tmText(a), tmText(b));

describe('tm words', () => {
  it('folds letters, digits and diacritics, and takes ZWNJ out of a word', () => {
    expect(tmKeys('رئيس جمهورِ ايران ۱۴۰۲')).toEqual(['رییس', 'جمهور', 'ایران', '1402']);
    expect(tmKeys('بین‌المللی')).toEqual(['بینالمللی']);
    expect(tmKeys('۱٬۲۰۰ نفر')).toEqual(['1200', 'نفر']);
  });

  it('keeps offsets into the original text', () => {
    const t = tmText('وزیرِ  دفاع، ۱۴۰۲');
    expect(t.words.map((w) => t.text.slice(w.start, w.end))).toEqual(['وزیرِ', 'دفاع', '۱۴۰۲']);
    expect(t.words[2]?.number).toBe(true);
  });
});

describe('tmScore', () => {
  it('scores spelling variants of the same sentence 100', () => {
    expect(score('همکاری بین المللی ایران', 'همکاری بینالمللی ایران')).toBe(100);
    expect(score('همکاری بین‌المللی ایران', 'همکاری بین المللی ایران')).toBe(100);
    expect(score('رئيس جمهور گفت', 'رئیس‌جمهور گفت')).toBe(100);
    expect(score('رئیس جمهور گفت', 'رییس جمهور گفت')).toBe(100);
    expect(score('در سال ۱۴۰۲', 'در سال 1402')).toBe(100);
    expect(score('ایرانِ اسلامی', 'ایران اسلامی')).toBe(100);
  });

  it('scores 99 when only punctuation differs', () => {
    expect(score('وزیر دفاع گفت.', 'وزیر دفاع گفت؟')).toBe(99);
  });

  it('counts one edited word of ten as 90', () => {
    const a = 'یک دو سه چهار پنج شش هفت هشت نه ده';
    expect(score(a, a.replace('پنج', 'پانزده'))).toBe(90);
    expect(score(a, a.replace(' پنج', ''))).toBe(90);
    expect(score(a.replace(' پنج', ''), a)).toBe(90);
  });

  it('counts word order: a swap is two edits', () => {
    expect(score('الف ب ج د', 'ب الف ج د')).toBe(50);
  });

  it('counts a different number as a different word', () => {
    expect(score('در سال ۱۴۰۱ و ۲۰ نفر', 'در سال ۱۴۰۲ و ۲۰ نفر')).toBe(83);
  });

  it('is 0 for nothing in common and 100 for two empty texts', () => {
    expect(score('الف ب', 'ج د')).toBe(0);
    expect(score('', '')).toBe(100);
  });
});

describe('alignWords', () => {
  it('joins two words against one as equal', () => {
    const a = alignWords(['همکاری', 'بین', 'المللی'], ['همکاری', 'بینالمللی']);
    expect(a.distance).toBe(0);
    expect(a.ops.map((o) => [o.kind, o.a0, o.a1, o.b0, o.b1])).toEqual([
      ['equal', 0, 1, 0, 1],
      ['equal', 1, 3, 1, 2],
    ]);
  });

  it('gives the same distance as wordDistance', () => {
    const x = ['a', 'b', 'c', 'd', 'e'];
    const y = ['a', 'x', 'c', 'e', 'f'];
    expect(alignWords(x, y).distance).toBe(wordDistance(x, y));
    expect(wordDistance(x, y)).toBe(3);
  });
});
