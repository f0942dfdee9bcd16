import { describe, expect, it } from 'vitest';
import { isWordEnd, suffixChainEnd } from '../../../src/core/glossary/suffixes';
import { wordCharTable } from '../../../src/core/glossary/word-chars';
import { normalizeForMatch } from '../../../src/core/text/normalize';

const word = wordCharTable();

/** The suffix chain after `stem` in `text` (folded), or null when the word is not stem + suffixes. */
function chain(stem: string, text: string): string | null {
  const key = normalizeForMatch(text).key;
  const end = suffixChainEnd(key, stem.length, word);
  return end < 0 ? null : key.slice(stem.length, end);
}

describe('suffixChainEnd', () => {
  it.each([
    ['کشور', 'کشورها'],
    ['کشور', 'کشورهای'],
    ['کشور', 'کشورهایی'],
    ['کشور', 'کشورهایشان'],
    ['همپیمان', 'همپیمانانش'],
    ['تحقیق', 'تحقیقات'],
    ['آقا', 'آقایان'],
    ['دانشجو', 'دانشجویان'],
    ['کتاب', 'کتابم'],
    ['خانه', 'خانه‌ام'],
    ['پا', 'پایش'],
    ['روشن', 'روشنتر'],
    ['قدرتمند', 'قدرتمندترین'],
    ['بزرگ', 'بزرگ‌ترین‌هایشان'],
    ['منطقه', 'منطقهای'],
    ['آمریکا', 'آمریکایی'],
    ['کشور', 'کشور‌ها،'],
  ])('%s + suffixes = %s', (stem, text) => {
    expect(chain(stem, text)).toBe(normalizeForMatch(text).key.slice(stem.length).replace(/،$/, ''));
  });

  it.each([
    ['روس', 'روسیه', 'ی then a letter that no suffix continues'],
    ['کشور', 'کشوریها', 'ezafe/indefinite ی before a plural'],
    ['آمریکا', 'آمریکاییها', 'indefinite یی before a plural'],
    ['ایران', 'ایرانیان', 'ی + ان, and the glide plural یان only after ا or و'],
    ['رئیس', 'رئیسجمهور', 'a longer word'],
    ['ایران', 'ایران‌شناسی', 'a longer word after ZWNJ'],
    ['کشور', 'کشورهاها', 'two plurals'],
    ['کشور', 'کشور', 'no suffix at all'],
  ])('%s is not found in %s (%s)', (stem, text) => {
    expect(chain(stem, text)).toBeNull();
  });

  it('does not cross a space: a space ends the word', () => {
    expect(chain('تحریم', 'تحریم های')).toBeNull();
  });
});

describe('isWordEnd', () => {
  it('is true at the end, before punctuation or a space, and before a ZWNJ that is followed by no letter', () => {
    expect(isWordEnd('کشور', 4, word)).toBe(true);
    expect(isWordEnd('کشور، ما', 4, word)).toBe(true);
    expect(isWordEnd('کشور ما', 4, word)).toBe(true);
    expect(isWordEnd('کشور\u200c', 4, word)).toBe(true);
    expect(isWordEnd('کشورها', 4, word)).toBe(false);
    expect(isWordEnd('کشور\u200cها', 4, word)).toBe(false);
    expect(isWordEnd('p5+1x', 4, word)).toBe(false);
  });
});
