import { describe, expect, it } from 'vitest';
import {
  filterSegments,
  isFilterActive,
  stepInFilter,
  type FilterableSegment,
} from '../../../src/core/editor/segment-filter';

const segs: FilterableSegment[] = [
  { index: 0, source: 'رئیس جمهور گفت.', target: 'The President said.', status: 'translated' },
  { index: 1, source: 'وزير امور خارجه', target: '', status: 'new' },
  { index: 2, source: 'مذاکرات بین‌المللی', target: 'International talks', status: 'draft' },
  { index: 3, source: 'رییس مجلس', target: 'The Speaker', status: 'reviewed' },
];

describe('filterSegments', () => {
  it('keeps everything without a filter', () => {
    expect(isFilterActive({})).toBe(false);
    expect(filterSegments(segs, {})).toEqual([0, 1, 2, 3]);
  });

  it('filters by status', () => {
    expect(filterSegments(segs, { statuses: ['new', 'draft'] })).toEqual([1, 2]);
  });

  it('filters by QA findings and by glossary entry', () => {
    expect(filterSegments(segs, { withQa: true }, { qaIndexes: new Set([3]) })).toEqual([3]);
    const entries = new Map([
      [0, new Set([7])],
      [3, new Set([7, 9])],
    ]);
    expect(filterSegments(segs, { entryId: 9 }, { entriesByIndex: entries })).toEqual([3]);
    expect(filterSegments(segs, { entryId: 7, statuses: ['reviewed'] }, { entriesByIndex: entries })).toEqual(
      [3],
    );
  });

  it('finds text in the source in any spelling, and in the target ignoring case', () => {
    // رئیس and رییس are one word; Arabic yeh in وزير matches a Persian-yeh query.
    expect(filterSegments(segs, { text: 'رییس' })).toEqual([0, 3]);
    expect(filterSegments(segs, { text: 'وزیر' })).toEqual([1]);
    expect(filterSegments(segs, { text: 'speaker' })).toEqual([3]);
  });
});

describe('stepInFilter', () => {
  it('moves to the next and previous kept segment and stops at the ends', () => {
    const kept = [1, 4, 9];
    expect(stepInFilter(kept, 1, 1)).toBe(4);
    expect(stepInFilter(kept, 5, 1)).toBe(9);
    expect(stepInFilter(kept, 9, 1)).toBeUndefined();
    expect(stepInFilter(kept, 5, -1)).toBe(4);
    expect(stepInFilter(kept, 1, -1)).toBeUndefined();
  });
});
