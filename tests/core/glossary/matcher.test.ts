import { describe, expect, it } from 'vitest';
import { buildMatcher, type MatcherTerm } from '../../../src/core/glossary';
import type { TermHit } from '../../../src/shared/model';
import { corpusLine, corpusText } from './corpus-lines';

function terms(...written: string[]): MatcherTerm[] {
  return written.map((term, i) => ({ entry: i + 1, term, english: `english ${i + 1}` }));
}

/** Hits as [text as written, glossary term, inflected], after checking the offsets agree with the text. */
function find(text: string, ...written: string[]): [string, string, boolean][] {
  const hits = buildMatcher(terms(...written)).match(text);
  for (const h of hits) expect(text.slice(h.start, h.end)).toBe(h.text);
  return hits.map((h) => [h.text, h.term, h.inflected]);
}

describe('spelling variants', () => {
  it('matches ZWNJ, spaced and joined spellings of «بین‌المللی» in the corpus', () => {
    expect(find(corpusLine('عرصه بینالمللی'), 'بین‌المللی')).toEqual([['بینالمللی', 'بین‌المللی', false]]);
    const spaced = corpusLine('تحولات جدید بین المللی');
    expect(find(spaced, 'بینالمللی')).toEqual([['بین المللی', 'بینالمللی', false]]);
    expect(find('در عرصه بین‌المللی', 'بین المللی')).toEqual([['بین‌المللی', 'بین المللی', false]]);
  });

  it('matches «رئیسجمهور» (joined, in the corpus) and «رئیس جمهور» to the term «رئیس‌جمهور»', () => {
    const line = corpusLine('رئیسجمهور بلاروس با اشاره');
    expect(find(line, 'رئیس‌جمهور')).toEqual([
      ['رئیسجمهور', 'رئیس‌جمهور', false],
      ['رئیس جمهور', 'رئیس‌جمهور', false],
      ['رئیسجمهور', 'رئیس‌جمهور', false],
      ['رئیسجمهور', 'رئیس‌جمهور', false],
      ['رئیسجمهورتان', 'رئیس‌جمهور', true],
    ]);
  });

  it('folds Arabic letter forms, digits and diacritics on both sides', () => {
    const line = corpusLine('در اکتبر 2023');
    expect(find(line, 'تسليحاتي', 'شوراي امنيت', '۲۰۲۳')).toEqual([
      ['تسلیحاتی', 'تسليحاتي', false],
      ['شورای امنیت', 'شوراي امنيت', false],
      ['2023', '۲۰۲۳', false],
    ]);
    expect(find('وزیرِ دفاعِ ایـــران', 'وزیر دفاع', 'ایران')).toEqual([
      ['وزیرِ دفاعِ', 'وزیر دفاع', false],
      ['ایـــران', 'ایران', false],
    ]);
    // One report writes «تأکید», the others «تاکید»: one term.
    expect(find(corpusLine('تأکید کرد که نباید'), 'تاکید')).toEqual([['تأکید', 'تاکید', false]]);
    expect(find(corpusLine('تاکید بر ارتقاء'), 'تأکید')).toEqual([['تاکید', 'تأکید', false]]);
  });
});

describe('suffixes and clitics', () => {
  it('matches plurals joined without ZWNJ, as the corpus writes them', () => {
    const line = corpusLine('تعاملات و همکاریهای دو کشور');
    expect(find(line, 'همکاری', 'تعامل')).toEqual([
      ['تعاملات', 'تعامل', true],
      ['همکاریهای', 'همکاری', true],
    ]);
    expect(find(corpusLine('سفارتخانههای'), 'سفارتخانه')).toEqual([['سفارتخانههای', 'سفارتخانه', true]]);
  });

  it('matches possessives, comparatives and stacked suffixes', () => {
    expect(find(corpusLine('همپیمانانش'), 'همپیمان')).toEqual([['همپیمانانش', 'همپیمان', true]]);
    expect(find(corpusLine('قدرتمندترین ارتشها'), 'قدرتمند', 'ارتش')).toEqual([
      ['قدرتمندترین', 'قدرتمند', true],
      ['ارتشها', 'ارتش', true],
    ]);
    expect(find(corpusLine('روشنتر'), 'روشن')).toEqual([['روشنتر', 'روشن', true]]);
    expect(find(corpusLine('کشورمان'), 'کشور').map((h) => h[0])).toContain('کشورمان');
    expect(find('همکاری‌هایشان و بزرگ‌ترین‌هایی', 'همکاری', 'بزرگ')).toEqual([
      ['همکاری‌هایشان', 'همکاری', true],
      ['بزرگ‌ترین‌هایی', 'بزرگ', true],
    ]);
  });

  it('matches ezafe/indefinite ی and ای, joined or after a ZWNJ', () => {
    expect(find(corpusLine('منطقهای از جمله'), 'منطقه')).toEqual([['منطقهای', 'منطقه', true]]);
    expect(find('مسائل منطقه‌ای و کشوری', 'منطقه', 'کشور')).toEqual([
      ['منطقه‌ای', 'منطقه', true],
      ['کشوری', 'کشور', true],
    ]);
  });

  it('ends the word at a space: «تحریم های» is the bare term, not an inflected hit', () => {
    const line = corpusLine('تحریم های ظالمانه');
    expect(find(line, 'تحریم')).toEqual([['تحریم', 'تحریم', false]]);
  });

  it('does not take a comparative written after a space: «ارزشمند ترینِ» is the bare term', () => {
    expect(find(corpusLine('ارزشمند ترینِ'), 'ارزشمند')).toEqual([['ارزشمند', 'ارزشمند', false]]);
  });

  it('prefers the exact term over a shorter term plus suffix at the same start', () => {
    expect(find('کشورها و کشورهای مستقل', 'کشور', 'کشورها')).toEqual([
      ['کشورها', 'کشورها', false],
      ['کشورهای', 'کشورها', true],
    ]);
  });
});

describe('word boundaries', () => {
  it('does not find «روس» inside «روسیه», nor «منطقه» inside «فرامنطقه ای»', () => {
    const line = corpusLine('میان ایران و روسیه');
    expect(find(line, 'روس')).toEqual([]);
    const other = corpusLine('نیروهای فرامنطقه ای');
    const inside = other.indexOf('فرامنطقه') + 'فرا'.length;
    const starts = buildMatcher(terms('منطقه')).match(other).map((h) => h.start);
    expect(starts.length).toBeGreaterThan(0); // the line does have «منطقه» as a word elsewhere
    expect(starts).not.toContain(inside);
  });

  it('does not find «ایران» in «ایرانیان» (ایرانی + ان: a plural after ی is not an inflection chain)', () => {
    expect(find('ایرانیان و ایرانی‌ها', 'ایران')).toEqual([]);
  });

  it('does not find «آمریکا» in the corpus «آمریکاییها» (derived demonym) but does in «آمریکا»', () => {
    const line = corpusLine('آمریکاییها');
    expect(find(line, 'آمریکا')).toEqual([]);
    expect(find(corpusLine('تحریمهای ناجوانمردانه آمریکا'), 'آمریکا')).toEqual([['آمریکا', 'آمریکا', false]]);
  });

  it('only starts at a word start: not after a letter or a ZWNJ', () => {
    expect(find(corpusLine('دوجانبه دو کشور ایران و بلاروس'), 'جانبه')).toEqual([]);
    expect(find('دو‌جانبه و یک جانبه', 'جانبه')).toEqual([['جانبه', 'جانبه', false]]);
    expect(find('«جانبه» (جانبه)،جانبه', 'جانبه')).toHaveLength(3);
    expect(find('«\u200cجانبه»', 'جانبه')).toEqual([]);
  });

  it('does not match a term that continues into a non-suffix after a ZWNJ', () => {
    expect(find('ایران‌شناسی', 'ایران')).toEqual([]);
  });
});

describe('multi-word and non-letter terms', () => {
  it('matches multi-word terms across spaces and line-internal punctuation limits', () => {
    const line = corpusLine('سازمان همکاری شانگهای تأکید');
    expect(find(line, 'شانگهای', 'سازمان همکاری شانگهای', 'جمهوری اسلامی ایران')).toEqual([
      ['جمهوری اسلامی ایران', 'جمهوری اسلامی ایران', false],
      ['سازمان همکاری شانگهای', 'سازمان همکاری شانگهای', false],
      ['شانگهای', 'شانگهای', false],
    ]);
  });

  it('does not match a term across a line break', () => {
    expect(find('سازمان\nملل', 'سازمان ملل')).toEqual([]);
  });

  it('matches «3+3» and acronyms with Persian or ASCII digits and any case', () => {
    expect(find(corpusLine('قالب پیشنهادی 3+3'), '۳+۳')).toEqual([['3+3', '۳+۳', false]]);
    expect(find('مذاکره با p5+1 و P۵+۱ و گروه P5+1ها', 'P5+1')).toEqual([
      ['p5+1', 'P5+1', false],
      ['P۵+۱', 'P5+1', false],
      ['P5+1ها', 'P5+1', true],
    ]);
    expect(find('23+3 و 3+34', '3+3')).toEqual([]);
  });
});

describe('overlaps and output', () => {
  it('lets the longest hit win when hits overlap from different starts', () => {
    expect(find('الف ب جیم دال', 'الف ب', 'ب جیم دال')).toEqual([['ب جیم دال', 'ب جیم دال', false]]);
    // The loser's shorter alternative at the same start still fits.
    expect(find('الف ب جیم دال', 'الف ب', 'ب جیم دال', 'الف')).toEqual([
      ['الف', 'الف', false],
      ['ب جیم دال', 'ب جیم دال', false],
    ]);
  });

  it('settles a long run of overlapping hits: longest first, then earliest', () => {
    const letters = [...'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی'];
    const words = Array.from({ length: 40 }, (_, i) => `${letters[i % 32]}${letters[Math.floor(i / 32)]}ن`);
    const pairs = words.slice(1).map((w, i) => `${words[i]} ${w}`);
    const triple = words.slice(10, 13).join(' ');
    const hits = find(words.join(' '), ...pairs, triple).map((h) => h[0]);
    const expected = [0, 2, 4, 6, 8].map((i) => pairs[i]);
    expected.push(triple);
    for (let i = 13; i < 38; i += 2) expected.push(pairs[i]);
    expect(hits).toEqual(expected);
  });

  it('prefers the earlier hit when overlapping hits have the same length', () => {
    expect(find('الف ب جیم', 'الف ب', 'ب جیم')).toEqual([['الف ب', 'الف ب', false]]);
  });

  it('reports original offsets, matched text and the glossary data', () => {
    const text = '\u200fوزیر  دفاعِ بلاروس';
    const [hit] = buildMatcher([{ entry: 7, term: 'وزیر دفاع', english: 'Minister of Defence' }]).match(text);
    expect(hit).toEqual<TermHit>({
      start: 1,
      end: 12,
      text: 'وزیر  دفاعِ',
      term: 'وزیر دفاع',
      english: 'Minister of Defence',
      entry: 7,
      inflected: false,
    });
  });

  it('returns sorted, non-overlapping hits whose text is the slice of the original (whole corpus)', () => {
    const words = [...new Set(corpusText.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1))];
    const glossary = [...words.slice(0, 400), 'جمهوری اسلامی ایران', 'نیروهای مسلح', 'شورای عالی امنیت ملی'];
    const hits = buildMatcher(terms(...glossary)).match(corpusText);
    expect(hits.length).toBeGreaterThan(1000);
    for (let i = 0; i < hits.length; i++) {
      const h = hits[i] as TermHit;
      expect(corpusText.slice(h.start, h.end)).toBe(h.text);
      if (i > 0) expect(h.start).toBeGreaterThanOrEqual((hits[i - 1] as TermHit).end);
    }
  });

  it('gives one hit per key and prefers a preferred/admitted term of another entry over a deprecated one', () => {
    const matcher = buildMatcher([
      { entry: 1, term: 'رئيس جمهور', english: 'old', status: 'deprecated' },
      { entry: 2, term: 'رئیس‌جمهور', english: 'President', status: 'preferred' },
      { entry: 3, term: 'رئیسجمهور', english: 'second', status: 'preferred' },
    ]);
    expect(matcher.size).toBe(3);
    expect(matcher.match('رئیس جمهور').map((h) => h.entry)).toEqual([2]);
  });

  it('leaves out terms with an empty key and matches nothing in empty text', () => {
    const matcher = buildMatcher(terms(' \u200c ', 'ایران'));
    expect(matcher.size).toBe(1);
    expect(matcher.match('')).toEqual([]);
    expect(buildMatcher([]).match('ایران')).toEqual([]);
  });
});
