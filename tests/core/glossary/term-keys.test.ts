import { describe, expect, it } from 'vitest';
import { englishKey, termKeyOf } from '../../../src/core/glossary/term-keys';
import { TERM_STATUS_RANK } from '../../../src/core/glossary/term-status';
import { foldForSearch, termKey } from '../../../src/core/text/normalize';
import { TERM_STATUSES } from '../../../src/shared/model';

describe('term keys', () => {
  it('makes case, spacing and hyphens one English term', () => {
    const key = englishKey('Vice President');
    for (const v of ['vice president', 'Vice-President', '  VICE   president ', 'Vice\u2011President']) {
      expect(englishKey(v)).toBe(key);
    }
    expect(englishKey('Vice Presidents')).not.toBe(key);
  });

  it('keys Persian terms by termKey and English ones by englishKey', () => {
    expect(termKeyOf({ lang: 'fa', text: 'رئیس جمهور' })).toBe(termKey('رئیس‌جمهور'));
    expect(termKeyOf({ lang: 'en', text: 'Major-General' })).toBe(englishKey('major general'));
  });
});

describe('englishKey fast path', () => {
  // What englishKey computed before it looked for text with nothing to replace.
  const slow = (text: string): string =>
    foldForSearch(text)
      .replace(/[-\u2010-\u2015]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();

  it('keys every tricky term as the two replaces and trim do', () => {
    const terms = [
      '',
      ' ',
      'a',
      'Chief of Staff',
      'chief  of staff',
      ' leading',
      'trailing ',
      'Major-General',
      'Major\u2011General',
      'en\u2013dash em\u2014dash bar\u2015 minus\u2212',
      'tab\there',
      'line\nbreak',
      'nbsp\u00a0here',
      'thin\u2009space ideographic\u3000space',
      'ogham\u1680space',
      'line\u2028sep para\u2029sep',
      'bom\ufeffinside',
      'zwnj\u200cinside zwsp\u200binside',
      'Café RÉSUMÉ naïve',
      'cafe\u0301',
      'ＦＵＬＬ ｗｉｄｔｈ',
      'رئيس ستاد كل',
      'بین‌المللی',
      '۱۴۰۲ ١٢٣ 123',
      'P5+1 F-35 COVID-19',
      'İstanbul ΣΊΣΥΦΟΣ',
      '\u{1d400}bold',
      '\ud800 lone',
      '\u0085next line',
      '\u180emongolian',
    ];
    for (const t of terms) expect(englishKey(t)).toBe(slow(t));
  });
});

describe('TERM_STATUS_RANK', () => {
  it('ranks every status, preferred best and forbidden worst', () => {
    const ranked = [...TERM_STATUSES].sort((a, b) => TERM_STATUS_RANK[a] - TERM_STATUS_RANK[b]);
    expect(ranked).toEqual(['preferred', 'admitted', 'deprecated', 'forbidden']);
  });
});
