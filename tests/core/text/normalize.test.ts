import { describe, expect, it } from 'vitest';
import { foldForSearch, normalizeForMatch, termKey, type MatchKey } from '../../../src/core/text/normalize';

const ZWNJ = '\u200c';

/** The original text behind key chars a..b-1. */
function source(text: string, m: MatchKey, a: number, b: number): string {
  return text.slice(m.starts[a], m.ends[b - 1]);
}

/** Slices of the original for each key char, to assert the offset map char by char. */
function sources(text: string): string[] {
  const m = normalizeForMatch(text);
  return Array.from(m.key, (_, i) => text.slice(m.starts[i], m.ends[i]));
}

describe('normalizeForMatch: letter forms', () => {
  it.each([
    ['Arabic yeh', 'علي', 'علی'],
    ['alef maksura', 'موسى', 'موسی'],
    ['Arabic kaf', 'كشور', 'کشور'],
    ['heh with yeh above', 'خانۀ', 'خانه'],
    ['teh marbuta', 'مدرسة', 'مدرسه'],
    ['alef with hamza above', 'أمیر', 'امیر'],
    ['alef with hamza below', 'إسلام', 'اسلام'],
    ['alef wasla', 'ٱلله', 'الله'],
  ])('%s', (_name, text, key) => {
    expect(normalizeForMatch(text).key).toBe(key);
  });

  it('keeps آ (a letter of its own in Persian, not a spelling variant of ا)', () => {
    expect(normalizeForMatch('آمریکا').key).toBe('آمریکا');
    expect(termKey('آب')).not.toBe(termKey('اب'));
  });

  it('folds heh + combining hamza to heh, and the hamza belongs to the heh', () => {
    const text = 'خانه\u0654 من';
    const m = normalizeForMatch(text);
    expect(m.key).toBe('خانه من');
    expect(source(text, m, 3, 4)).toBe('ه\u0654');
  });

  it('recomposes decomposed madda and hamza so NFD text gives the NFC key', () => {
    expect(normalizeForMatch('ا\u0653مریکا').key).toBe('آمریکا');
    expect(normalizeForMatch('ری\u0654یس').key).toBe(normalizeForMatch('رئیس').key);
    expect(normalizeForMatch('مو\u0654من').key).toBe('مؤمن');
    expect(normalizeForMatch('رئیس'.normalize('NFD')).key).toBe('رییس');
  });

  it('folds ئ to ی: «رئیس»/«رییس» and «مسائل»/«مسایل» are one spelling each', () => {
    expect(normalizeForMatch('رئیس').key).toBe('رییس');
    expect(termKey('رئیس جمهور')).toBe(termKey('رییس‌جمهور'));
    expect(termKey('مسائل')).toBe(termKey('مسایل'));
    expect(termKey('پائیز')).toBe(termKey('پاییز'));
    // ؤ and آ stay: they are not written interchangeably with و and ا.
    expect(normalizeForMatch('مؤمن').key).toBe('مؤمن');
    expect(normalizeForMatch('آب').key).not.toBe(normalizeForMatch('اب').key);
  });
});

describe('normalizeForMatch: digits, marks, tatweel', () => {
  it('folds Persian and Arabic-Indic digits to ASCII', () => {
    expect(normalizeForMatch('۱۴۰۱ و ١٤٠١ و 1401').key).toBe('1401 و 1401 و 1401');
    expect(normalizeForMatch('۳+۳').key).toBe('3+3');
  });

  it('drops tatweel, harakat, superscript alef and Quranic marks, attaching them to the letter before', () => {
    const text = 'ایـــرانِ بُزُرگ رحمٰن ذٰلِکَ\u06d6';
    const m = normalizeForMatch(text);
    expect(m.key).toBe('ایران بزرگ رحمن ذلک');
    expect(sources(text).slice(0, 5)).toEqual(['ا', 'یـــ', 'ر', 'ا', 'نِ']);
    expect(source(text, m, 16, 19)).toBe('ذٰلِکَ\u06d6');
  });
});

describe('normalizeForMatch: spaces, ZWNJ and controls', () => {
  it('turns NBSP, en/em/thin spaces, narrow NBSP, math space, ideographic space and tab into one space', () => {
    for (const space of ['\u00a0', '\u2000', '\u2005', '\u200a', '\u202f', '\u205f', '\u3000', '\t']) {
      expect(normalizeForMatch(`روابط${space}دو`).key).toBe('روابط دو');
    }
  });

  it('collapses a run of spaces into one key char that maps to the whole run', () => {
    const text = 'ایران و روسیه  \u00a0\t را';
    const m = normalizeForMatch(text);
    expect(m.key).toBe('ایران و روسیه را');
    const space = m.key.lastIndexOf(' ');
    expect(source(text, m, space, space + 1)).toBe('  \u00a0\t ');
    expect(source(text, m, space + 1, m.key.length)).toBe('را');
  });

  it('keeps ZWNJ as one key char, collapses ZWNJ runs, and lets a space absorb an adjacent ZWNJ', () => {
    expect(normalizeForMatch(`می${ZWNJ}شود`).key).toBe(`می${ZWNJ}شود`);
    expect(normalizeForMatch(`می${ZWNJ}${ZWNJ}شود`).key).toBe(`می${ZWNJ}شود`);
    expect(normalizeForMatch(`می${ZWNJ} شود`).key).toBe('می شود');
    expect(normalizeForMatch(`می ${ZWNJ}شود`).key).toBe('می شود');
    const text = `می${ZWNJ}${ZWNJ}شود`;
    expect(sources(text)).toEqual(['م', 'ی', ZWNJ + ZWNJ, 'ش', 'و', 'د']);
  });

  it('treats a zero-width space like a ZWNJ (typists use it as one)', () => {
    expect(normalizeForMatch('می\u200bشود').key).toBe(`می${ZWNJ}شود`);
  });

  it('drops ZWJ, LRM, RLM, ALM, bidi embeddings/isolates and BOM without giving them to any key char', () => {
    const text = '\ufeffایران\u200f \u202bP5+1\u202c \u2067ا\u200dب\u2069\u061c';
    const m = normalizeForMatch(text);
    expect(m.key).toBe('ایران p5+1 اب');
    expect(sources(text)).toEqual([...'ایران', ' ', ...'P5+1', ' ', 'ا', 'ب']);
    expect(m.starts[0]).toBe(1);
  });
});

describe('normalizeForMatch: Latin, full-width and presentation forms', () => {
  it('lower-cases Latin letters and folds full-width forms', () => {
    expect(normalizeForMatch('P5+1 NATO Ｐ５＋１ Éire').key).toBe('p5+1 nato p5+1 éire');
  });

  it('folds Arabic presentation forms to base letters', () => {
    expect(normalizeForMatch('\ufe8e\ufe91\ufeae\ufef3').key).toBe('ابری');
  });

  it('expands a lam-alef ligature into two key chars that both map to the one original char', () => {
    const text = 'س\ufefbم';
    const m = normalizeForMatch(text);
    expect(m.key).toBe('سلام');
    expect(Array.from(m.starts)).toEqual([0, 1, 1, 2, 3]);
    expect(Array.from(m.ends)).toEqual([1, 2, 2, 3]);
    expect(source(text, m, 1, 3)).toBe('\ufefb');
  });

  it('folds the ligature letters too (lam-alef with hamza → لا)', () => {
    expect(normalizeForMatch('\ufef7').key).toBe('لا');
    expect(normalizeForMatch('\ufef5').key).toBe('لآ');
  });

  it('grows past the input length for long ligatures and keeps the map exact', () => {
    const text = 'محمد \ufdfa '.repeat(50);
    const m = normalizeForMatch(text);
    expect(m.key.length).toBeGreaterThan(text.length);
    expect(m.key.startsWith('محمد صلی الله علیه وسلم محمد')).toBe(true);
    expect(m.starts.length).toBe(m.key.length + 1);
    expect(m.starts[m.key.length]).toBe(text.length);
    expect(source(text, m, 5, 22)).toBe('\ufdfa');
  });
});

describe('normalizeForMatch: the offset map', () => {
  it('has starts of length key+1 ending at text.length, and non-decreasing starts and ends', () => {
    const text = 'وزیر  دفاعِ جمهوری\u200fاسلامی';
    const m = normalizeForMatch(text);
    expect(m.starts.length).toBe(m.key.length + 1);
    expect(m.ends.length).toBe(m.key.length);
    expect(m.starts[m.key.length]).toBe(text.length);
    for (let i = 1; i < m.key.length; i++) {
      expect(m.starts[i]).toBeGreaterThanOrEqual(m.starts[i - 1] as number);
      expect(m.ends[i]).toBeGreaterThanOrEqual(m.ends[i - 1] as number);
      // Sources never overlap, except the key chars of one expanded ligature, which share theirs.
      if (m.starts[i] !== m.starts[i - 1])
        expect(m.starts[i]).toBeGreaterThanOrEqual(m.ends[i - 1] as number);
    }
  });

  it('maps any run of key chars back to original text that folds to the same run (fuzzed)', () => {
    // Seeded PRNG over an alphabet of every special case, so a failure reproduces.
    const alphabet = [
      ...'ابپتکگیهوزرسشن آ ',
      'ي',
      'ك',
      'ى',
      'ۀ',
      'ة',
      'أ',
      'إ',
      'ٱ',
      '۳',
      '٣',
      'ـ',
      '\u064e',
      '\u0650',
      '\u0670',
      '\u06d6',
      '\u0654',
      '\u0653',
      '\u00a0',
      '\t',
      '\u2009',
      '\u200c',
      '\u200b',
      '\u200d',
      '\u200e',
      '\u200f',
      '\u061c',
      '\u202b',
      '\u202c',
      '\ufefb',
      '\ufe91',
      '\ufdfa',
      '\ufe70',
      'P',
      'Ｑ',
      '+',
      '.',
      '\n',
    ];
    let seed = 12345;
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    for (let round = 0; round < 300; round++) {
      const text = Array.from(
        { length: 1 + Math.floor(rnd() * 40) },
        () => alphabet[Math.floor(rnd() * alphabet.length)],
      ).join('');
      const m = normalizeForMatch(text);
      const n = m.key.length;
      for (let trial = 0; trial < 10 && n > 0; trial++) {
        let a = Math.floor(rnd() * n);
        let b = a + 1 + Math.floor(rnd() * (n - a));
        // Do not cut an expansion in half: widen to whole original chars.
        while (a > 0 && m.starts[a] === m.starts[a - 1]) a--;
        while (b < n && m.starts[b] === m.starts[b - 1]) b++;
        const slice = text.slice(m.starts[a], m.ends[b - 1]);
        const refolded = normalizeForMatch(slice).key;
        expect(refolded, JSON.stringify({ text, a, b })).toBe(m.key.slice(a, b));
      }
    }
  });
});

describe('termKey and foldForSearch', () => {
  it('makes ZWNJ, space and joined spellings one term', () => {
    const keys = ['بین‌المللی', 'بین المللی', 'بینالمللی', 'بين\u00a0المللي', ' بین  المللی '].map(termKey);
    expect(new Set(keys)).toEqual(new Set(['بینالمللی']));
    expect(termKey('رئیس‌جمهور')).toBe(termKey('رئیس جمهور'));
    expect(termKey('رئیس‌جمهور')).toBe(termKey('رئیسجمهور'));
  });

  it('removes joiners and controls but keeps punctuation and digits', () => {
    expect(termKey('P5+1')).toBe('p5+1');
    expect(termKey('۳ + ۳')).toBe('3+3');
    expect(termKey('ا\u200dب\u200f')).toBe('اب');
  });

  it('is empty for a term made only of spaces and joiners', () => {
    expect(termKey(' \u200c\u200d ')).toBe('');
  });

  it('foldForSearch returns the key itself, spaces and ZWNJ included', () => {
    expect(foldForSearch('همکاری‌های  P5+1')).toBe('همکاری‌های p5+1');
  });

  it('returns text that needs no folding unchanged', () => {
    const text = 'به گزارش مجله خبری نگار، به نقل از روابط عمومی وزارت دفاع';
    const m = normalizeForMatch(text);
    expect(m.key).toBe(text);
    expect(Array.from(m.starts)).toEqual(Array.from({ length: text.length + 1 }, (_, i) => i));
  });
});

describe('reused buffers', () => {
  it('gives the same result whatever was folded before (long, expanding, then short texts)', () => {
    const short = 'كشور\u00a0ﻻ';
    const before = normalizeForMatch(short);
    const keyBefore = termKey('رئيس  جمهور');
    normalizeForMatch('ﷺ'.repeat(2000));
    termKey('ﷺ ﻻ'.repeat(500));
    const after = normalizeForMatch(short);
    expect(after.key).toBe(before.key);
    expect(Array.from(after.starts)).toEqual(Array.from(before.starts));
    expect(Array.from(after.ends)).toEqual(Array.from(before.ends));
    expect(termKey('رئيس  جمهور')).toBe(keyBefore);
  });
});
