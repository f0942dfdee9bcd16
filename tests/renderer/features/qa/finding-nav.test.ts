import { describe, expect, it } from 'vitest';
import { findingFrom } from '../../../../src/renderer/src/features/qa/finding-nav';
import { segmentFindings } from '../../../../src/renderer/src/features/qa/finding-panel';
import type { QaIssue } from '../../../../src/shared/model';

const at = (segment: number, ignored = false): QaIssue => ({
  check: 'doubled-word',
  severity: 'warning',
  documentId: 1,
  document: 'd.txt',
  segment,
  message: 'qa.doubledWord',
  params: {},
  text: '',
  key: `k${segment}`,
  ignored,
});

describe('F8 / Shift+F8 finding navigation', () => {
  const issues = [at(7), at(2), at(4, true), at(9)];
  it('moves to the next open finding after the active segment, wrapping to the first', () => {
    expect(findingFrom(issues, 2, 1)?.segment).toBe(7);
    expect(findingFrom(issues, 3, 1)?.segment).toBe(7); // 4 is dismissed
    expect(findingFrom(issues, 9, 1)?.segment).toBe(2);
  });
  it('moves back with Shift+F8, wrapping to the last', () => {
    expect(findingFrom(issues, 7, -1)?.segment).toBe(2);
    expect(findingFrom(issues, 2, -1)?.segment).toBe(9);
  });
  it('has nowhere to go without open findings, and does not stop at untranslated segments', () => {
    expect(findingFrom([at(1, true)], 0, 1)).toBeNull();
    expect(findingFrom([{ ...at(3), check: 'untranslated' }, at(5)], 0, 1)?.segment).toBe(5);
  });
});

describe('findings offered in the side panel', () => {
  it('lists the open findings of the active segment only, never "not translated"', () => {
    const issues = [at(3), { ...at(3), key: 'k3b', check: 'untranslated' }, at(3, true), at(4)];
    expect(segmentFindings(issues, 3).map((i) => i.key)).toEqual(['k3']);
    expect(segmentFindings(issues, 5)).toEqual([]);
  });
});
