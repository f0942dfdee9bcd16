import { describe, expect, it } from 'vitest';
import type { TermHit } from '../../../src/shared/model';
import { adaptTarget, tmText } from '../../../src/core/tm';

const adapt = (current: string, match: string, target: string, hits?: [TermHit[], TermHit[]]) =>
  adaptTarget({
    current: tmText(current),
    match: tmText(match),
    target,
    ...(hits ? { currentHits: hits[0], matchHits: hits[1] } : {}),
  });

const hit = (text: string, source: string, english: string, entry: number): TermHit => {
  const start = source.indexOf(text);
  return { start, end: start + text.length, text, term: text, english, entry, inflected: false };
};

describe('adaptTarget', () => {
  it('replaces numbers written in Persian digits with their Latin form in the target', () => {
    const r = adapt('۲۵ نفر کشته شدند', '۱۲ نفر کشته شدند', '12 people were killed');
    expect(r).toEqual({ target: '25 people were killed', adapted: true, reasons: ['numbers'] });
  });

  it('adapts Arabic-Indic digits and keeps thousands separators', () => {
    const r = adapt('٢٥٠٠ نفر', '۱۲۰۰ نفر', '1,200 people');
    expect(r.target).toBe('2,500 people');
  });

  it('adapts a Solar Hijri year rendered as a Gregorian one', () => {
    const r = adapt('بودجه سال ۱۴۰۳ تصویب شد', 'بودجه سال ۱۴۰۲ تصویب شد', 'The 2023 budget was approved');
    expect(r).toEqual({ target: 'The 2024 budget was approved', adapted: true, reasons: ['numbers'] });
  });

  it('adapts two numbers at once without mixing them up', () => {
    const r = adapt('۳ کشته و ۱۲ زخمی', '۱۲ کشته و ۳ زخمی', '12 dead and 3 injured');
    expect(r.target).toBe('3 dead and 12 injured');
  });

  it('adapts a glossary term', () => {
    const cur = 'وزیر خارجه ایران گفت';
    const old = 'وزیر دفاع ایران گفت';
    const r = adapt(cur, old, 'The Iranian Defence Minister said', [
      [hit('وزیر خارجه', cur, 'Foreign Minister', 2)],
      [hit('وزیر دفاع', old, 'Defence Minister', 1)],
    ]);
    expect(r).toEqual({ target: 'The Iranian Foreign Minister said', adapted: true, reasons: ['terms'] });
  });

  it('leaves the target alone when another word differs', () => {
    const r = adapt('۲۵ نفر زخمی شدند', '۱۲ نفر کشته شدند', '12 people were killed');
    expect(r).toEqual({ target: '12 people were killed', adapted: false, reasons: [] });
  });

  it('leaves the target alone when the number is not in it', () => {
    expect(adapt('۲۵ نفر', '۱۲ نفر', 'a dozen people').adapted).toBe(false);
  });

  it('does nothing for an exact match', () => {
    expect(adapt('۱۲ نفر', '12 نفر', '12 people')).toEqual({
      target: '12 people',
      adapted: false,
      reasons: [],
    });
  });
});
