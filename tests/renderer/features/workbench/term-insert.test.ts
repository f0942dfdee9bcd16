import { describe, expect, test } from 'vitest';
import { pickTerm, spacedInsertion } from '../../../../src/renderer/src/features/workbench/term-insert';
import type { TermHit } from '../../../../src/shared/model';

const hit = (entry: number, start: number, end: number, english: string): TermHit => ({
  entry,
  start,
  end,
  english,
  text: 'x'.repeat(end - start),
  term: 'x',
  inflected: false,
});

describe('spacedInsertion', () => {
  test('separates the term from neighbouring words, not from punctuation or line edges', () => {
    expect(spacedInsertion('', '', 'Iran')).toBe('Iran');
    expect(spacedInsertion('visited', '', 'Iran')).toBe(' Iran');
    expect(spacedInsertion('visited ', 'today', 'Iran')).toBe('Iran ');
    expect(spacedInsertion('to', '.', 'Iran')).toBe(' Iran');
    expect(spacedInsertion('(', ')', 'Iran')).toBe(' Iran');
  });
});

describe('pickTerm', () => {
  const hits = [hit(1, 0, 6, 'Major General'), hit(2, 10, 16, 'Belarus'), hit(3, 20, 25, 'Tehran')];

  test('the term under the Persian caret wins', () => {
    expect(pickTerm(hits, new Set([3]), 12)?.english).toBe('Belarus');
    expect(pickTerm(hits, new Set(), 6)?.english).toBe('Major General');
  });

  test('else the first term still missing from the draft, else the first term', () => {
    expect(pickTerm(hits, new Set([3]), null)?.english).toBe('Tehran');
    expect(pickTerm(hits, new Set([2, 3]), 8)?.english).toBe('Belarus');
    expect(pickTerm(hits, new Set(), null)?.english).toBe('Major General');
  });

  test('no terms, nothing to insert', () => {
    expect(pickTerm([], new Set(), 0)).toBeNull();
  });
});
