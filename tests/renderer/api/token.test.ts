import { describe, expect, test } from 'vitest';
import { takeToken } from '../../../src/renderer/src/api/token';

function env(search: string, stored: string | null = null) {
  const store = new Map<string, string>();
  if (stored) store.set('barabar.token', stored);
  const replaced: string[] = [];
  return {
    replaced,
    store,
    env: {
      location: { search, pathname: '/', hash: '#/doc/2' },
      storage: {
        getItem: (k: string) => store.get(k) ?? null,
        setItem: (k: string, v: string) => void store.set(k, v),
      },
      history: {
        state: null,
        replaceState: (_s: unknown, _t: string, url?: string | URL | null) => void replaced.push(String(url)),
      },
    },
  };
}

describe('browser-mode token', () => {
  test('taken from the query, kept in sessionStorage and removed from the visible URL', () => {
    const e = env('?token=abc123&perf=1');
    expect(takeToken(e.env)).toBe('abc123');
    expect(e.store.get('barabar.token')).toBe('abc123');
    expect(e.replaced).toEqual(['/?perf=1#/doc/2']);
  });

  test('a reload without the query uses the stored token and leaves the URL alone', () => {
    const e = env('', 'stored');
    expect(takeToken(e.env)).toBe('stored');
    expect(e.replaced).toEqual([]);
  });

  test('a new token in the URL replaces a stale stored one', () => {
    const e = env('?token=fresh', 'stale');
    expect(takeToken(e.env)).toBe('fresh');
    expect(e.store.get('barabar.token')).toBe('fresh');
  });

  test('no token anywhere gives null', () => {
    expect(takeToken(env('').env)).toBeNull();
  });
});
