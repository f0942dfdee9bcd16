import { describe, expect, it } from 'vitest';
import { exactHash, exactHashOfKeys, exactKey, tmKeysInto, tmText } from '../../../src/core/tm';

const samples = [
  'وزیر دفاع جمهوری اسلامی ایران با اشاره به همکاری‌های بین المللی گفت',
  'رئيس‌جمهور در سال ۱۴۰۲ بیش از 1,200 نفر را دید؛ «بینالمللی» و «بین‌المللی».',
  'The defence minister said, at meeting 42, that it is over.',
  '',
  '!!! ، ؟',
  // Fast-path edges: keys with ZWNJ or commas only in some tokens, astral chars (the string path).
  'همکاری‌ها و 1,200,000 و ۱٬۲۰۰ و a,b و 3,5‌ها و ‌ZWNJ‌ و بین‌‌المللی',
  'رئيس ك ۀ أ 𝐀𝐁C بین‌المللی 😀 12,5 𝟙𝟚',
  'ﻻ ﷲ ＡＢＣ１２ café cafe\u0301 ا\u0653ب',
];

describe('the import’s word keys', () => {
  it('tmKeysInto gives exactly the keys of tmText’s words, into a reused array', () => {
    const out: string[] = ['stale'];
    for (const text of samples) {
      expect(tmKeysInto(text, out)).toBe(out);
      expect(out).toEqual(tmText(text).words.map((w) => w.key));
    }
  });

  it('exactHashOfKeys is exactHash of the joined key, and differs when a key does', () => {
    const out: string[] = [];
    for (const text of samples) {
      const keys = [...tmKeysInto(text, out)];
      expect(exactHashOfKeys(keys)).toBe(exactHash(exactKey(keys)));
    }
    expect(exactHashOfKeys(['بین', 'المللی'])).toBe(exactHashOfKeys(['بینالمللی']));
    expect(exactHashOfKeys(['وزیر', 'دفاع'])).not.toBe(exactHashOfKeys(['وزیر', 'دفاع', 'گفت']));
    // Interleaving with other hashes leaves no state behind.
    const before = exactHashOfKeys(['a', 'b']);
    exactHash('something else entirely');
    expect(exactHashOfKeys(['a', 'b'])).toBe(before);
  });
});
