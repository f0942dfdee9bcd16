import { describe, expect, it } from 'vitest';
import { findSpelled } from '../../../src/core/tm';

describe('findSpelled', () => {
  it('finds a Persian query in any spelling and maps back to the original text', () => {
    const text = 'همکاری‌های بینالمللی و روابط بين‌المللی';
    const hits = findSpelled(text, 'بین المللی', true);
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['بینالمللی', 'بين‌المللی']);
  });

  it('finds English case-insensitively, keeping spaces significant', () => {
    const text = 'The Defence Minister met the defence minister.';
    expect(findSpelled(text, 'defence minister', false)).toHaveLength(2);
    expect(findSpelled('forthe record', 'for the', false)).toEqual([]);
  });

  it('returns nothing for an empty query', () => {
    expect(findSpelled('متن', '  ', true)).toEqual([]);
  });
});
