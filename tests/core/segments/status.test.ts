import { describe, expect, it } from 'vitest';
import { statusAfterEdit } from '../../../src/core/segments/status';
import { SEGMENT_STATUSES, type SegmentStatus } from '../../../src/shared/model';

const seg = (target: string, status: SegmentStatus) => ({ target, status });

describe('statusAfterEdit', () => {
  it('makes a changed target a draft, even of a confirmed segment', () => {
    expect(statusAfterEdit(seg('', 'new'), 'The minister said')).toBe('draft');
    expect(statusAfterEdit(seg('The minister said.', 'translated'), 'The minister says.')).toBe('draft');
    expect(statusAfterEdit(seg('Old.', 'final'), 'New.')).toBe('draft');
  });

  it('keeps the status of a target saved unchanged', () => {
    for (const status of SEGMENT_STATUSES.filter((s) => s !== 'new')) {
      expect(statusAfterEdit(seg('Same text.', status), 'Same text.')).toBe(status);
    }
  });

  it('takes a requested status (a confirmation, an XLIFF state) as is', () => {
    expect(statusAfterEdit(seg('Text.', 'draft'), 'Text.', 'translated')).toBe('translated');
    expect(statusAfterEdit(seg('', 'new'), 'Text.', 'reviewed')).toBe('reviewed');
    expect(statusAfterEdit(seg('Text.', 'final'), 'Text.', 'draft')).toBe('draft');
  });

  it('makes an empty or blank target new, whatever was asked', () => {
    expect(statusAfterEdit(seg('Text.', 'translated'), '')).toBe('new');
    expect(statusAfterEdit(seg('Text.', 'draft'), ' \t ')).toBe('new');
    expect(statusAfterEdit(seg('', 'new'), '', 'translated')).toBe('new');
  });
});
