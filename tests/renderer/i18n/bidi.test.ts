import { describe, expect, test } from 'vitest';
import { baseDirection, dirOf, isolate } from '../../../src/renderer/src/i18n/bidi';

describe('direction of user text', () => {
  test('an English note that opens with a quoted Persian term is left to right', () => {
    expect(baseDirection('«ایران اسلامی» (in speeches) → Iran.')).toBe('ltr');
  });

  test('a Persian note with an English acronym is right to left', () => {
    expect(baseDirection('در گزارش‌های رسمی معمولاً IAEA نوشته می‌شود')).toBe('rtl');
  });

  test('text in nested isolates does not count, as in the Unicode bidi algorithm', () => {
    expect(baseDirection('\u2068برجام برنامه جامع\u2069 → \u2068JCPOA\u2069 (entry 4)')).toBe('ltr');
  });

  test('no letters: no direction of its own', () => {
    expect(baseDirection('12 – 250')).toBeNull();
    expect(dirOf('(4)')).toBe('auto');
  });

  test('isolate: first-strong where it is right, the main script’s direction where it is not', () => {
    expect(isolate('سرلشکر')).toBe('\u2068سرلشکر\u2069');
    expect(isolate('JCPOA')).toBe('\u2068JCPOA\u2069');
    expect(isolate('برجام → JCPOA (entry 4)')).toBe('\u2066برجام → JCPOA (entry 4)\u2069');
    expect(isolate('وزارت امور خارجه ایران (MFA)')).toBe('\u2068وزارت امور خارجه ایران (MFA)\u2069');
    expect(isolate('IAEA در گزارش‌های رسمی معمولاً نوشته می‌شود')).toMatch(/^\u2067/);
  });
});
