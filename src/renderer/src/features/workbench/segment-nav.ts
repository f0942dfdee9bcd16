import type { SegmentStatus } from '../../../../shared/model';

const DONE: ReadonlySet<SegmentStatus> = new Set(['translated', 'reviewed', 'final']);

export function isConfirmed(status: SegmentStatus): boolean {
  return DONE.has(status);
}

/**
 * Position of the next segment still to translate after `from`, wrapping around; null when every
 * other segment is confirmed.
 */
export function nextUntranslated(statuses: readonly SegmentStatus[], from: number): number | null {
  const n = statuses.length;
  for (let step = 1; step < n; step++) {
    const i = (from + step) % n;
    const s = statuses[i];
    if (s !== undefined && !DONE.has(s)) return i;
  }
  return null;
}
