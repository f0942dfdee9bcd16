import { describe, expect, it } from 'vitest';
import { extractNumbers } from '../../../src/core/qa/numbers';

const values = (text: string, lang: 'fa' | 'en'): string[][] =>
  extractNumbers(text, lang).map((n) => n.values);

describe('extractNumbers', () => {
  it('reads Persian, Arabic-Indic and ASCII digits as one alphabet', () => {
    expect(values('بیش از ۳۰ سال و ٤٣ روز و 2023', 'fa')).toEqual([['30'], ['43'], ['2023']]);
  });

  it('keeps the raw text and its offsets', () => {
    const text = 'در طول ۴۳ سال';
    const [n] = extractNumbers(text, 'fa');
    expect(n?.raw).toBe('۴۳');
    expect(text.slice(n?.start, n?.end)).toBe('۴۳');
  });

  it('reads Persian and English thousands separators', () => {
    expect(values('۱٬۰۰۰ نفر و ۱۲٬۵۰۰ تن', 'fa')).toEqual([['1000'], ['12500']]);
    expect(values('1,000 people and 1,250,000 tonnes', 'en')).toEqual([['1000'], ['1250000']]);
    expect(values('1000 people', 'en')).toEqual([['1000']]);
  });

  it('reads decimal points: ٫, "." and the Persian slash', () => {
    expect(values('۳٫۵ درصد و ۲/۵ درصد و 1.5', 'fa')).toEqual([['3.5'], ['2.5'], ['1.5']]);
    expect(values('3.50 percent and 1,234.5 tonnes', 'en')).toEqual([['3.5'], ['1234.5']]);
    expect(values('۱٬۲۳۴٫۵', 'fa')).toEqual([['1234.5']]);
  });

  it('splits what is not one number: 3+3, lists, dates, ranges, "24/7" in English', () => {
    expect(values('قالب 3+3', 'fa')).toEqual([['3'], ['3']]);
    expect(values('3,5 and 7', 'en')).toEqual([['3'], ['5'], ['7']]);
    expect(values('۱۴۰۱/۱۲/۱۰', 'fa')).toEqual([['1401'], ['12'], ['10']]);
    expect(values('2022-2023', 'en')).toEqual([['2022'], ['2023']]);
    expect(values('24/7 service', 'en')).toEqual([['24'], ['7']]);
  });

  it('does not take a sentence-final full stop or comma into the number', () => {
    expect(values('in October 2023. Then 5, 6', 'en')).toEqual([['2023'], ['5'], ['6']]);
  });

  it('adds the full value after a scale word', () => {
    expect(values('۳ میلیون نفر', 'fa')).toEqual([['3', '3000000']]);
    expect(values('۳٫۵ میلیارد دلار', 'fa')).toEqual([['3.5', '3500000000']]);
    expect(values('3.5 million people', 'en')).toEqual([['3.5', '3500000']]);
  });

  it('marks four plain digits 1300–1499 as a possible Solar Hijri year', () => {
    const years = (text: string): (number | null)[] => extractNumbers(text, 'fa').map((n) => n.hijriYear);
    expect(years('اسفندماه ۱۴۰۱')).toEqual([1401]);
    expect(years('سال ۱۳۵۷ و ۱۴۹۹')).toEqual([1357, 1499]);
    expect(years('۲۰۲۳ و ۱۲۹۹ و ۱۵۰۰ و ۱٬۴۰۱')).toEqual([null, null, null, null]);
    expect(years('۱۴۰۱/۱۲/۱۰')).toEqual([1401, null, null]);
  });

  it('finds digits glued to letters ("F-35", "G20", "8th")', () => {
    expect(values('F-35 jets, the G20 and the 8th round', 'en')).toEqual([['35'], ['20'], ['8']]);
  });
});
