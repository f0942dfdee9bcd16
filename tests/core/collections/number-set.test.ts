import { describe, expect, it } from 'vitest';
import { NumberSet } from '../../../src/core/collections/number-set';

describe('NumberSet', () => {
  it('adds each value once, through growth, for values up to 2^52', () => {
    const set = new NumberSet(4);
    const values = [0, 1, 2 ** 32, 2 ** 32 + 1, 2 ** 52 - 1, 123_456_789_012_345];
    for (let i = 0; i < 10_000; i++) values.push(i * 4_294_967_296 + (i % 7));
    const distinct = new Set(values);
    for (const v of values) set.add(v);
    expect(set.size).toBe(distinct.size);
    for (const v of distinct) {
      expect(set.has(v)).toBe(true);
      expect(set.add(v)).toBe(false);
    }
    expect(set.has(5)).toBe(false);
    expect(set.has(2 ** 33 + 3)).toBe(false);
    expect(set.add(5)).toBe(true);
  });

  it('refuses what it cannot hold exactly', () => {
    const set = new NumberSet();
    expect(() => set.add(-1)).toThrow(RangeError);
    expect(() => set.add(2 ** 52)).toThrow(RangeError);
    expect(() => set.add(1.5)).toThrow(RangeError);
  });
});
