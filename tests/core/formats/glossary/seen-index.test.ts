/**
 * The compact duplicate index of long imports (issue 14.2): what the collector asks it must come back
 * exactly as from a Map — every repeat found with where it was first read, nothing new taken for a
 * repeat, the three spaces apart — however many values it holds.
 */
import { describe, expect, it } from 'vitest';
import { compactSeenIndex, EntryCollector, memorySeenIndex } from '../../../../src/core/formats/glossary';
import { writeUtf8 } from '../../../../src/core/formats/glossary/seen-index';

describe('compactSeenIndex', () => {
  it('answers like a Map over 200,000 values in three spaces', () => {
    const compact = compactSeenIndex();
    const map = memorySeenIndex();
    const spaces = ['signature', 'key', 'id'] as const;
    const answers: [string | undefined, string | undefined][] = [];
    for (let i = 0; i < 200_000; i++) {
      const space = spaces[i % 3]!;
      const value = `مقدار ${i % 150_000}\u0002value ${i % 150_000}`;
      const expected = map.first(space, value);
      const got = compact.first(space, value);
      if (got !== expected) answers.push([got, expected]);
      if (expected === undefined) {
        map.remember(space, value, `line ${i + 1}`);
        compact.remember(space, value, `line ${i + 1}`);
      }
    }
    expect(answers).toEqual([]);
    // A value remembered in one space is new in another; an unknown value is new everywhere.
    expect(compact.first('signature', 'مقدار 0\u0002value 0')).toBe('line 1');
    expect(compact.first('key', 'مقدار 0\u0002value 0')).toBe(map.first('key', 'مقدار 0\u0002value 0'));
    expect(compact.first('id', 'never seen')).toBeUndefined();
  });

  it('keeps values longer than a page of its log, and empty ones', () => {
    const index = compactSeenIndex();
    const long = 'ب'.repeat(700_000);
    index.remember('signature', long, 'line 1');
    index.remember('key', '', 'line 2');
    index.remember('id', 'x', 'line 3');
    expect(index.first('signature', long)).toBe('line 1');
    expect(index.first('signature', `${long}ب`)).toBeUndefined();
    expect(index.first('key', '')).toBe('line 2');
    expect(index.first('id', 'x')).toBe('line 3');
  });

  it('lets the collector reject repeats with the first place named', () => {
    const collector = new EntryCollector(compactSeenIndex());
    const entry = (fa: string, en: string) => ({
      subject: 'general' as const,
      terms: [
        { lang: 'fa' as const, text: fa, status: 'preferred' as const },
        { lang: 'en' as const, text: en, status: 'preferred' as const },
      ],
    });
    expect(collector.add('line 1', entry('سلام', 'Hello'), 'a', true)).toBe(true);
    expect(collector.add('line 2', entry('سلام', 'hello'), 'b', true)).toBe(false);
    expect(collector.add('line 3', entry('باران', 'rain'), 'a', true)).toBe(false);
    expect(collector.rejected).toEqual([
      { where: 'line 2', reason: 'duplicate of line 1 (same Persian and English terms)' },
      { where: 'line 3', reason: 'duplicate id "a" (first used at line 1)' },
    ]);
  });

  it('writes UTF-8 as TextEncoder does, and each lone surrogate as its own three bytes', () => {
    const encode = (text: string): number[] => {
      const bytes = new Uint8Array(3 * text.length + 1);
      return [...bytes.subarray(1, writeUtf8(text, bytes, 1))];
    };
    for (const text of ['', 'ascii', '\u007f\u0080\u07ff\u0800\uffff', 'سلام‌ها', '😀𝐀', '\ud83d\ude00\ud835\udc00'])
      expect(encode(text)).toEqual([...new TextEncoder().encode(text)]);
    // TextEncoder writes U+FFFD for each of these, which would make them one value.
    expect(encode('a\ud800b')).toEqual([0x61, 0xed, 0xa0, 0x80, 0x62]);
    expect(encode('\udc00')).toEqual([0xed, 0xb0, 0x80]);
    expect(encode('x\ud83d')).toEqual([0x78, 0xed, 0xa0, 0xbd]);
    expect(encode('\ud83d\ud83d\ude00')).toEqual([0xed, 0xa0, 0xbd, ...new TextEncoder().encode('😀')]);
    expect(new Set(['a\ud800', 'a\ud801', 'a\ufffd'].map((t) => encode(t).join()))).toHaveProperty('size', 3);
  });

  it('finds the repeat of a value holding a lone surrogate, and tells it from its U+FFFD spelling', () => {
    const index = compactSeenIndex();
    index.remember('signature', 'fa:سلام\ud800', 'line 1');
    index.remember('key', 'a\u0000b', 'line 2');
    expect(index.first('signature', 'fa:سلام\ud800')).toBe('line 1');
    expect(index.first('signature', 'fa:سلام\ufffd')).toBeUndefined();
    expect(index.first('signature', 'fa:سلام\ud801')).toBeUndefined();
    expect(index.first('key', 'a\u0000b')).toBe('line 2');
    expect(index.first('key', 'a')).toBeUndefined();
  });
});
