/**
 * Decides what a reviewer's file changes. Validation comes first and is all-or-nothing: unknown or
 * repeated segment numbers and Persian text that no longer matches the document reject the whole file,
 * naming the segments, before anything is applied.
 */
import { AppError } from '../../../shared/errors';
import type { Segment } from '../../../shared/model';
import { foldForSearch } from '../../text/normalize';
import type { ReviewRowIn } from './model';

export interface ReviewChange {
  index: number;
  before: string;
  target: string;
}

export interface ReviewPlan {
  changes: ReviewChange[];
  unchanged: number;
  /** Rows whose English cell was left empty: never applied, a blank cell is not a translation. */
  empty: number[];
  comments: { segment: number; comment: string }[];
}

/** Word rewraps and respaces text; the comparison ignores whitespace and the letter variants the matcher folds. */
const sameSource = (a: string, b: string): boolean =>
  foldForSearch(a).replace(/\s+/gu, '') === foldForSearch(b).replace(/\s+/gu, '');

const oneLine = (s: string): string => s.replace(/[\r\n\u2028\u2029\t]+/gu, ' ').trim();

const list = (ns: readonly number[]): string =>
  ns.length > 20 ? `${ns.slice(0, 20).join(', ')} … (${ns.length})` : ns.join(', ');

export function planReview(
  file: string,
  rows: readonly ReviewRowIn[],
  segments: readonly Pick<Segment, 'index' | 'source' | 'target'>[],
): ReviewPlan {
  const byNumber = new Map(segments.map((s) => [s.index + 1, s]));
  const seen = new Set<number>();
  const mismatched: number[] = [];
  const plan: ReviewPlan = { changes: [], unchanged: 0, empty: [], comments: [] };
  for (const r of rows) {
    const n = /^\s*(\d{1,7})\s*$/u.exec(r.number);
    const number = n ? Number(n[1]) : NaN;
    const seg = byNumber.get(number);
    if (!seg) {
      throw new AppError('parse', {
        file,
        element: 'table',
        reason: `row ${r.row}: "${r.number}" is not a segment number of this document`,
      });
    }
    if (seen.has(number)) {
      throw new AppError('parse', {
        file,
        element: 'table',
        reason: `row ${r.row}: segment ${number} appears twice`,
      });
    }
    seen.add(number);
    if (!sameSource(r.source, seg.source)) {
      mismatched.push(number);
      continue;
    }
    const comment = oneLine(r.comment);
    if (comment) plan.comments.push({ segment: number, comment });
    const target = oneLine(r.target);
    if (target === '') {
      if (seg.target.trim() !== '') plan.empty.push(number);
      else plan.unchanged++;
    } else if (target === seg.target.trim()) plan.unchanged++;
    else plan.changes.push({ index: seg.index, before: seg.target, target });
  }
  if (mismatched.length > 0) {
    throw new AppError('review_mismatch', { file, segments: list(mismatched), count: mismatched.length });
  }
  return plan;
}
