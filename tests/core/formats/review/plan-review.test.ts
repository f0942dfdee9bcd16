import { describe, expect, it } from 'vitest';
import { planReview } from '../../../../src/core/formats/review';
import { AppError } from '../../../../src/shared/errors';

const segments = [
  { index: 0, source: 'رئیس جمهور گفت.', target: 'The president said.' },
  { index: 1, source: 'وزیر آمد.', target: '' },
  { index: 2, source: 'او رفت.', target: 'He left.' },
];
const row = (r: number, number: string, source: string, target: string, comment = '') => ({
  row: r,
  number,
  source,
  target,
  comment,
});

describe('planning a review import', () => {
  it('finds changed targets, ignores Word respacing and letter variants of the source, keeps comments', () => {
    const plan = planReview(
      'r.docx',
      [
        row(1, '1', 'رييس  جمهور گفت.', 'The President said.', 'capital P'),
        row(2, '2', 'وزیر آمد.', ''),
        row(3, '3', 'او رفت.', 'He left.'),
      ],
      segments,
    );
    expect(plan.changes).toEqual([
      { index: 0, before: 'The president said.', target: 'The President said.' },
    ]);
    expect(plan.unchanged).toBe(2);
    expect(plan.comments).toEqual([{ segment: 1, comment: 'capital P' }]);
  });

  it('never applies an emptied English cell', () => {
    const plan = planReview('r.docx', [row(1, '3', 'او رفت.', '  ')], segments);
    expect(plan.changes).toEqual([]);
    expect(plan.empty).toEqual([3]);
  });

  it('refuses the whole file when sources changed, naming every such segment', () => {
    const run = () =>
      planReview(
        'r.docx',
        [
          row(1, '1', 'رئیس جمهور گفت.', 'Changed.'),
          row(2, '2', 'وزیر رفت.', 'The minister left.'),
          row(3, '3', 'او ماند.', 'He stayed.'),
        ],
        segments,
      );
    expect(run).toThrow(AppError);
    try {
      run();
    } catch (e) {
      expect((e as AppError).code).toBe('review_mismatch');
      expect((e as AppError).params).toMatchObject({ file: 'r.docx', segments: '2, 3', count: 2 });
    }
  });

  it('refuses unknown and repeated segment numbers', () => {
    expect(() => planReview('r.docx', [row(1, '9', 'x', 'y')], segments)).toThrow(
      /row 1: "9" is not a segment/,
    );
    expect(() => planReview('r.docx', [row(1, 'abc', 'x', 'y')], segments)).toThrow(/"abc"/);
    expect(() =>
      planReview('r.docx', [row(1, '3', 'او رفت.', 'a'), row(2, '3', 'او رفت.', 'b')], segments),
    ).toThrow(/segment 3 appears twice/);
  });
});
