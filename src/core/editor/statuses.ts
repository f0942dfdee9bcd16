/**
 * Status rules of the editor's everyday tools: which statuses count as confirmed, what the reviewer's
 * Ctrl+Enter moves a segment to, and what a find-and-replace does to a status.
 */
import type { SegmentStatus } from '../../shared/model';

const CONFIRMED: ReadonlySet<SegmentStatus> = new Set(['translated', 'reviewed', 'final']);

export function isConfirmedStatus(status: SegmentStatus): boolean {
  return CONFIRMED.has(status);
}

/**
 * Reviewer mode's Ctrl+Enter: a confirmed translation becomes reviewed, a reviewed one final. A draft or
 * empty segment is not the reviewer's to sign off, so it stays as it is (undefined = no change).
 */
export function nextReviewStatus(status: SegmentStatus): SegmentStatus | undefined {
  if (status === 'translated') return 'reviewed';
  if (status === 'reviewed') return 'final';
  return undefined;
}

/**
 * A replace is an edit the user saw in the preview and asked for, so it never un-confirms by itself: a
 * confirmed segment keeps its status and the result reports it as "confirmed, changed" so nothing happens
 * silently. Reviewed and final drop back to translated, because the reviewer signed off a text that no
 * longer exists. A draft stays a draft; a replace that empties a target makes it new.
 */
export function statusAfterReplace(status: SegmentStatus, newTarget: string): SegmentStatus {
  if (newTarget.trim() === '') return 'new';
  if (status === 'reviewed' || status === 'final') return 'translated';
  return status;
}
