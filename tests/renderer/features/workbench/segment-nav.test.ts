import { describe, expect, test } from 'vitest';
import { isConfirmed, nextUntranslated } from '../../../../src/renderer/src/features/workbench/segment-nav';

describe('nextUntranslated', () => {
  test('skips confirmed segments and wraps around', () => {
    const s = ['translated', 'new', 'final', 'draft', 'reviewed'] as const;
    expect(nextUntranslated(s, 0)).toBe(1);
    expect(nextUntranslated(s, 1)).toBe(3);
    expect(nextUntranslated(s, 3)).toBe(1);
  });

  test('null when every other segment is confirmed', () => {
    expect(nextUntranslated(['new', 'translated', 'final'], 0)).toBeNull();
    expect(nextUntranslated(['translated'], 0)).toBeNull();
  });

  test('drafts are not confirmed, translated/reviewed/final are', () => {
    expect(isConfirmed('draft')).toBe(false);
    expect(isConfirmed('new')).toBe(false);
    expect(isConfirmed('reviewed')).toBe(true);
  });
});
