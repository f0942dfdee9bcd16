import { describe, expect, it } from 'vitest';
import { bandOf, countBands, exactKey, tmKeys, wordCount } from '../../../src/core/tm';

describe('bands', () => {
  it('bands scores at their edges', () => {
    expect([100, 99, 95, 94, 85, 84, 75, 74, 50, 49, undefined].map(bandOf)).toEqual([
      '100',
      '95-99',
      '95-99',
      '85-94',
      '85-94',
      '75-84',
      '75-84',
      '50-74',
      '50-74',
      'none',
      'none',
    ]);
  });

  it('counts ZWNJ-joined parts as one word and numbers as words', () => {
    expect(wordCount('همکاری‌ها ادامه می‌یابد.')).toBe(3);
    expect(wordCount('در سال ۱۴۰۲، ۲۵ نفر')).toBe(5);
  });

  it('analyses a hand-checked document', () => {
    // Five segments; best memory scores worked out by hand: 100, 90, none, and two repetitions.
    const segs = [
      { text: 'وزیر دفاع ایران گفت.', best: 100 }, // 4 words → 100
      { text: 'همکاری‌ها ادامه می‌یابد', best: 90 }, // 3 words → 85-94
      { text: 'وزیر دفاع ایران گفت', best: 100 }, // same words as the first → repetition (4)
      { text: 'این دیدار در تهران برگزار شد', best: 40 }, // 6 words → no match
      { text: 'همکاری ها ادامه مییابد', best: 90 }, // «همکاری ها» spaced but «مییابد» joined: repetition? no: 4 keys
    ];
    const rows = countBands(
      segs.map((s) => ({ key: exactKey(tmKeys(s.text)), words: wordCount(s.text), best: s.best })),
    );
    const by = Object.fromEntries(rows.map((r) => [r.band, [r.segments, r.words]]));
    expect(by).toEqual({
      repetition: [2, 8],
      '100': [1, 4],
      '95-99': [0, 0],
      '85-94': [1, 3],
      '75-84': [0, 0],
      '50-74': [0, 0],
      none: [1, 6],
    });
  });
});
