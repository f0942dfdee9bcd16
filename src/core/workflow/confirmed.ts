/**
 * Which segment statuses count as confirmed work. Exports that leave drafts out (TMX by default, the
 * English article) and the progress counts all ask this one question.
 */
import type { SegmentStatus } from '../../shared/model';

export const CONFIRMED_STATUSES: readonly SegmentStatus[] = ['translated', 'reviewed', 'final'];

export function isConfirmed(status: SegmentStatus): boolean {
  return status === 'translated' || status === 'reviewed' || status === 'final';
}
