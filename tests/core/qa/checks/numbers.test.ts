import { describe, expect, it } from 'vitest';
import { numberExtra } from '../../../../src/core/qa/checks/number-extra';
import { numberMissing } from '../../../../src/core/qa/checks/number-missing';
import type { QaSegment } from '../../../../src/core/qa/types';

function seg(source: string, target: string, status: QaSegment['status'] = 'translated'): QaSegment {
  return { documentId: 1, document: 'doc.txt', index: 0, source, target, status, hits: [] };
}
const missing = (source: string, target: string): string[] =>
  numberMissing.run(seg(source, target)).map((f) => f.text);
const extra = (source: string, target: string): string[] =>
  numberExtra.run(seg(source, target)).map((f) => f.text);

describe('number-missing and number-extra', () => {
  it('match numbers whatever the digits (corpus: ۳۰ سال, ۴۳ سال, اکتبر 2023)', () => {
    expect(missing('قدمتی بیش از ۳۰ سال دارد', 'go back more than 30 years')).toEqual([]);
    expect(missing('در طول ۴۳ سال گذشته', 'over the past 43 years')).toEqual([]);
    expect(missing('در اکتبر 2023', 'in October ۲۰۲۳')).toEqual([]);
    expect(missing('در اکتبر ۲۰۲۳', 'in October 2023')).toEqual([]);
    expect(extra('در اکتبر ۲۰۲۳', 'in October 2023')).toEqual([]);
  });

  it('match «3+3» with "3+3" and report "2+2" once, as one changed number', () => {
    expect(missing('قالب پیشنهادی 3+3', 'the proposed 3+3 format')).toEqual([]);
    expect(missing('قالب پیشنهادی 3+3', 'the proposed 2+2 format')).toEqual(['2']);
    expect(extra('قالب پیشنهادی 3+3', 'the proposed 2+2 format')).toEqual([]);
  });

  it('match thousands and decimal separators of both languages', () => {
    expect(missing('۱٬۰۰۰ نفر', '1,000 people')).toEqual([]);
    expect(missing('۱٬۰۰۰ نفر', '1000 people')).toEqual([]);
    expect(missing('1000 نفر', '1,000 people')).toEqual([]);
    expect(missing('۳٫۵ درصد', '3.5 percent')).toEqual([]);
    expect(missing('۳٫۵ درصد', '35 percent')).toEqual(['35']);
    expect(extra('۳٫۵ درصد', '35 percent')).toEqual([]);
  });

  it('compare percentages in every notation, with the Persian decimal separator', () => {
    for (const target of ['3.5%', '3.5 percent', '3.5 per cent']) {
      expect(missing('۳٫۵ درصد', target), target).toEqual([]);
      expect(extra('۳٫۵ درصد', target), target).toEqual([]);
    }
    expect(missing('۳٫۵٪ رشد', 'growth of 3.5%')).toEqual([]);
    expect(missing('٪۲۵ رشد', '25% growth')).toEqual([]);
    expect(missing('۲۵ درصد', '2.5%')).toEqual(['2.5']);
    expect(missing('۱۲٫۷۵ درصد', '12.75 per cent')).toEqual([]);
  });

  it('match a number with its scale word written out or not', () => {
    expect(missing('۳ میلیون نفر', '3 million people')).toEqual([]);
    expect(missing('۳ میلیون نفر', '3,000,000 people')).toEqual([]);
    expect(extra('۳٬۰۰۰٬۰۰۰ نفر', '3 million people')).toEqual([]);
  });

  it('accept a Solar Hijri year as such or as its Gregorian year (corpus: اسفندماه ۱۴۰۱)', () => {
    const source = 'سفر اسفندماه ۱۴۰۱ رئیس جمهور بلاروس به تهران';
    expect(missing(source, 'the visit to Tehran in Esfand 1401')).toEqual([]);
    expect(missing(source, 'the visit to Tehran in February 2023')).toEqual([]);
    expect(missing(source, 'the visit to Tehran in February/March 2023')).toEqual([]);
    expect(missing(source, 'the visit to Tehran in February–March 2023')).toEqual([]);
    expect(extra(source, 'the visit to Tehran in February 2023')).toEqual([]);
    expect(missing(source, 'the visit to Tehran in 2021')).toEqual(['2021']);
    expect(extra(source, 'the visit to Tehran in 2021')).toEqual([]);
  });

  it('take the month into account: Esfand 1401 is 2023, Mehr 1401 is 2022, Dey 1401 either', () => {
    expect(missing('سفر اسفندماه ۱۴۰۱', 'the visit in 2022')).toEqual(['2022']);
    expect(missing('در اسفند ۱۴۰۱', 'in March 2023')).toEqual([]);
    expect(missing('در مهر ۱۴۰۱', 'in October 2022')).toEqual([]);
    expect(missing('در مهرماه ۱۴۰۱', 'in October 2023')).toEqual(['2023']);
    expect(missing('در دی ۱۴۰۱', 'in December 2022')).toEqual([]);
    expect(missing('در دی ۱۴۰۱', 'in January 2023')).toEqual([]);
    expect(missing('در سال ۱۴۰۱', 'in 2022')).toEqual([]);
    expect(missing('در سال ۱۴۰۱', 'in 2023')).toEqual([]);
  });

  it('do not let a Gregorian year of the source stand in for a Hijri year as well', () => {
    expect(missing('در سال ۱۴۰۱ و در اکتبر 2023', 'in October 2023')).toEqual(['۱۴۰۱']);
  });

  it('accept 0–10 spelled out (corpus: ۲ کشور, جنگ ۸ ساله), but not larger numbers', () => {
    expect(missing('۲ کشور در یک کشتی هستند', 'the two countries are in the same boat')).toEqual([]);
    expect(missing('در جنگ تحمیلی ۸ ساله', 'in the eight-year imposed war')).toEqual([]);
    expect(missing('۱۲ کشور', 'twelve countries')).toEqual(['۱۲']);
  });

  it('do not call a number extra when the source writes it in words', () => {
    expect(extra('اقدام جدید سه کشور اروپایی', 'the new move by 3 European countries')).toEqual([]);
    expect(extra('قرن بیست و یکم', 'the 21st century')).toEqual([]);
    expect(extra('اقدام جدید سه کشور اروپایی', 'the new move by 4 European countries')).toEqual(['4']);
  });

  it('report each missing number with its place in the source', () => {
    const s = seg('در طول ۴۳ سال و در جنگ ۸ ساله', 'over the years and in the war');
    const found = numberMissing.run(s);
    expect(found.map((f) => [f.text, f.params.number, f.severity])).toEqual([
      ['۴۳', '43', 'error'],
      ['۸', '8', 'error'],
    ]);
    expect(found.map((f) => s.source.slice(f.range?.start, f.range?.end))).toEqual(['۴۳', '۸']);
  });

  it('report extra numbers as warnings with their place in the target', () => {
    const s = seg('بیش از ۳۰ سال', 'more than 30 years, since 1993');
    const [f] = numberExtra.run(s);
    expect([f?.text, f?.severity, f?.range]).toEqual([
      '1993',
      'warning',
      { field: 'target', start: 26, end: 30 },
    ]);
  });

  it('report a changed number once, as number-missing naming both, placed on the target', () => {
    const s = seg('بیش از ۳۰ سال', 'more than 13 years');
    expect(numberExtra.run(s)).toEqual([]);
    const [f] = numberMissing.run(s);
    expect([f?.message, f?.params, f?.range]).toEqual([
      'qa.numberChanged',
      { number: '30', found: '13' },
      { field: 'target', start: 10, end: 12 },
    ]);
  });

  it('skip untranslated segments', () => {
    expect(numberMissing.run(seg('بیش از ۳۰ سال', '', 'new'))).toEqual([]);
    expect(numberMissing.run(seg('بیش از ۳۰ سال', '   ', 'draft'))).toEqual([]);
  });
});
