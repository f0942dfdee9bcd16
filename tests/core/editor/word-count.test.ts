import { describe, expect, it } from 'vitest';
import { addTotals, countSegments, countText } from '../../../src/core/editor/word-count';

describe('countText', () => {
  it('counts ZWNJ-joined Persian parts as one word', () => {
    expect(countText('می‌روم').words).toBe(1);
    expect(countText('کتاب‌ها را می‌خوانیم').words).toBe(3);
    // The same words with spaces instead of ZWNJ are separate words, as a reader sees them.
    expect(countText('کتاب ها را می خوانیم').words).toBe(5);
  });

  it('treats ZWSP like ZWNJ and a trailing joiner as part of the word', () => {
    expect(countText('می\u200bروم').words).toBe(1);
    expect(countText('کتاب\u200c ').words).toBe(1);
  });

  it('keeps harakat inside the word and counts Persian digits as a word', () => {
    expect(countText('ایرانِ ۱۴۰۲').words).toBe(2);
  });

  it('counts English words with apostrophes and hyphens whole, punctuation not as words', () => {
    expect(countText("It's a well-known fact — isn't it?").words).toBe(6);
  });

  it('counts visible characters only: no spaces, no ZWNJ, no bidi marks', () => {
    expect(countText('می‌روم').characters).toBe(5);
    expect(countText(' a b\u200f ').characters).toBe(2);
    expect(countText('').words).toBe(0);
  });
});

describe('countSegments', () => {
  it('sums words and characters and counts confirmed words separately', () => {
    const totals = countSegments([
      { source: 'سلام دنیا', status: 'translated' },
      { source: 'می‌روم', status: 'draft' },
      { source: 'یک دو سه', status: 'final' },
      { source: 'چهار', status: 'new' },
    ]);
    expect(totals).toEqual({ segments: 4, words: 7, characters: 23, confirmedWords: 5 });
    expect(addTotals(totals, totals).confirmedWords).toBe(10);
  });
});
