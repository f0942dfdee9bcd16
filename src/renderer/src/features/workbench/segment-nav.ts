import { isConfirmed } from '../../../../core/workflow/confirmed';
import type { SegmentStatus } from '../../../../shared/model';

export { isConfirmed };

/**
 * Position of the next segment still to translate after `from`, wrapping around; null when every
 * other segment is confirmed.
 */
export function nextUntranslated(statuses: readonly SegmentStatus[], from: number): number | null {
  const n = statuses.length;
  for (let step = 1; step < n; step++) {
    const i = (from + step) % n;
    const s = statuses[i];
    if (s !== undefined && !isConfirmed(s)) return i;
  }
  return null;
}
