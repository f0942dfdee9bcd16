import { describe, expect, it } from 'vitest';
import { lazyObject } from '../../src/server/lazy-object';

describe('lazyObject', () => {
  it('makes each property on its first read, once, and lets a factory read the others', () => {
    const made: string[] = [];
    const o: { a: number; b: number; c: number } = lazyObject<{ a: number; b: number; c: number }>({
      a: () => (made.push('a'), 1),
      b: () => (made.push('b'), o.a + 1),
      c: () => (made.push('c'), 3),
    });
    expect(made).toEqual([]);
    expect(o.b).toBe(2);
    expect(o.b).toBe(2);
    expect(made).toEqual(['b', 'a']);
    const { a } = o;
    expect(a).toBe(1);
    expect(made).toEqual(['b', 'a']);
  });

  it('refuses a cycle and retries a factory that threw', () => {
    let fail = true;
    const o: { x: number; y: number } = lazyObject<{ x: number; y: number }>({
      x: () => o.y,
      y: () => {
        if (fail) throw new Error('not yet');
        return o.x;
      },
    });
    expect(() => o.x).toThrow('not yet');
    fail = false;
    expect(() => o.x).toThrow('x depends on itself');
  });
});
