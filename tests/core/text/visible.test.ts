import { describe, expect, it } from 'vitest';
import { displayFileName, hasVisibleText } from '../../../src/core/text/visible';

describe('hasVisibleText (issue 13.16)', () => {
  it('is false for text made only of spaces, ZWNJ, bidi marks, BOMs and other invisible characters', () => {
    for (const blank of [
      '',
      ' \n\t\r',
      '\u200c\u200c\u200c',
      '\ufeff\u200e\u200f\u061c',
      '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069',
      '\u00a0\u2000\u3000\u2028\u2029',
      '\u200b\u2060\u00ad\u034f\ufe0f\u3164\u115f\u2800',
      '\u0000\u0007\u007f',
    ]) {
      expect(hasVisibleText(blank), JSON.stringify(blank)).toBe(false);
    }
  });

  it('is true as soon as one character shows', () => {
    for (const text of ['\u200cا', 'a', '۱', '.', '\u200c\u200c«', 'é', '😀']) {
      expect(hasVisibleText(text), JSON.stringify(text)).toBe(true);
    }
  });
});

describe('displayFileName (issue 13.16)', () => {
  it('shows bidi controls and line breaks as escapes, so a name cannot reorder or forge output', () => {
    expect(displayFileName('invoice\u202etxt.exe')).toBe('invoice\\u{202E}txt.exe');
    expect(displayFileName('a\u2066b\u2069\u200e\u200f\u061c')).toBe(
      'a\\u{2066}b\\u{2069}\\u{200E}\\u{200F}\\u{061C}',
    );
    expect(displayFileName('one\ntwo\r\u0007\u2028')).toBe('one\\u{000A}two\\u{000D}\\u{0007}\\u{2028}');
  });

  it('keeps Persian names, ZWNJ and ZWJ as they are', () => {
    expect(displayFileName('گزارش‌های سال ۱۴۰۲.txt')).toBe('گزارش‌های سال ۱۴۰۲.txt');
    expect(displayFileName('a\u200db')).toBe('a\u200db');
  });
});
