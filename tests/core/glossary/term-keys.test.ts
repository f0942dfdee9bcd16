import { describe, expect, it } from 'vitest';
import { englishKey, termKeyOf } from '../../../src/core/glossary/term-keys';
import { TERM_STATUS_RANK } from '../../../src/core/glossary/term-status';
import { termKey } from '../../../src/core/text/normalize';
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

describe('TERM_STATUS_RANK', () => {
  it('ranks every status, preferred best and forbidden worst', () => {
    const ranked = [...TERM_STATUSES].sort((a, b) => TERM_STATUS_RANK[a] - TERM_STATUS_RANK[b]);
    expect(ranked).toEqual(['preferred', 'admitted', 'deprecated', 'forbidden']);
  });
});
