import { describe, expect, it } from 'vitest';
import { lookupStillHolds, tmScore, tmText } from '../../../src/core/tm';

const query = tmText('وزیر امور خارجه ایران در پایان این دیدار گفت');

describe('lookupStillHolds', () => {
  it('holds when nothing changed or every changed source scores below the threshold', () => {
    expect(lookupStillHolds(query, 70, [])).toBe(true);
    const far = 'قیمت نفت در بازارهای جهانی کاهش یافت';
    expect(tmScore(query, tmText(far))).toBeLessThan(70);
    expect(lookupStillHolds(query, 70, [far, 'خبرگزاری ایرنا گزارش داد'])).toBe(true);
  });

  it('does not hold once a changed source could be among the matches, in any spelling', () => {
    // The same sentence spelled with the Arabic yeh: the same words for the memory, score 100.
    const respelled = 'وزير امور خارجه ايران در پايان اين ديدار گفت';
    expect(lookupStillHolds(query, 70, ['قیمت نفت کاهش یافت', respelled])).toBe(false);
  });

  it('compares with the threshold itself: a source exactly at it can enter the matches', () => {
    const near = 'وزیر امور خارجه ایران در پایان این سفر گفت';
    const s = tmScore(query, tmText(near));
    expect(s).toBeGreaterThan(50);
    expect(s).toBeLessThan(100);
    expect(lookupStillHolds(query, s, [near])).toBe(false);
    expect(lookupStillHolds(query, s + 1, [near])).toBe(true);
  });
});
