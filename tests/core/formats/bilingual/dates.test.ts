import { describe, expect, it } from 'vitest';
import { isoFromTmxDate, tmxDate } from '../../../../src/core/formats/bilingual/dates';

describe('isoFromTmxDate', () => {
  it('turns the TMX form into ISO 8601, the same again when repeated', () => {
    expect(isoFromTmxDate('20240301T102030Z')).toBe('2024-03-01T10:20:30Z');
    expect(isoFromTmxDate('20240301T102030Z')).toBe('2024-03-01T10:20:30Z');
    expect(isoFromTmxDate('19991231T235959Z')).toBe('1999-12-31T23:59:59Z');
    expect(isoFromTmxDate(tmxDate(new Date(Date.UTC(2023, 0, 2, 3, 4, 5))))).toBe('2023-01-02T03:04:05Z');
  });

  it('refuses anything else, and a refusal leaves the next answer right', () => {
    for (const bad of [
      '',
      '20240301T102030',
      '20240301t102030Z',
      '2024-03-01T10:20:30Z',
      '20240301T1020300Z',
      '2024030AT102030Z',
      '۲۰۲۴۰۳۰۱T102030Z',
      '20240301 102030Z',
    ])
      expect(isoFromTmxDate(bad)).toBeUndefined();
    expect(isoFromTmxDate('20240301T102030Z')).toBe('2024-03-01T10:20:30Z');
    expect(isoFromTmxDate('20240301T102031Z')).toBe('2024-03-01T10:20:31Z');
  });
});
