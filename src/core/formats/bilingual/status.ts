/**
 * Barabar's workflow states ↔ XLIFF states. Rule shared by both readers: a segment with an empty target
 * is "new" whatever the file says, and a target that exists but is not confirmed is a "draft".
 */
import type { SegmentStatus } from '../../../shared/model';

/** XLIFF 2 has four states; drafts are "initial" with a subState so Barabar can tell them from untouched segments. */
export const DRAFT_SUBSTATE = 'barabar:draft';

export function toXliff2State(status: SegmentStatus): { state: string; subState?: string } {
  switch (status) {
    case 'new':
      return { state: 'initial' };
    case 'draft':
      return { state: 'initial', subState: DRAFT_SUBSTATE };
    case 'translated':
    case 'reviewed':
    case 'final':
      return { state: status };
  }
}

/** undefined for a state XLIFF 2 does not define (the caller reports it with the element's line). */
export function fromXliff2State(state: string, target: string): SegmentStatus | undefined {
  if (target === '') return 'new';
  switch (state) {
    case 'initial':
      return 'draft';
    case 'translated':
    case 'reviewed':
    case 'final':
      return state;
    default:
      return undefined;
  }
}

const TO_12: Record<SegmentStatus, string> = {
  new: 'new',
  draft: 'needs-translation',
  translated: 'translated',
  reviewed: 'signed-off',
  final: 'final',
};

export function toXliff12State(status: SegmentStatus): string {
  return TO_12[status];
}

/** Confirmed segments carry approved="yes" on their trans-unit (XLIFF 1.2 tools treat the rest as fuzzy). */
export function isXliff12Approved(status: SegmentStatus): boolean {
  return status === 'translated' || status === 'reviewed' || status === 'final';
}

/**
 * XLIFF 1.2 has ten states; the ones Barabar writes map back exactly, the others by meaning
 * ("needs-review-*" was translated and awaits review; "needs-adaptation/l10n" is unfinished work).
 * No state at all: a target from another tool counts as translated.
 *
 * `approved` is the trans-unit's attribute. "yes" confirms the segment whatever the state says (at least
 * translated; signed-off and final keep their level). An explicit "no" on a segment that is not signed
 * off is a draft: translate-toolkit writes approved="no" on fuzzy units and keeps their state.
 * Absent: the state alone decides (older Barabar exports wrote no approval).
 */
export function fromXliff12State(
  state: string | undefined,
  target: string,
  approved?: string,
): SegmentStatus | undefined {
  if (target === '') return 'new';
  const byState = fromState12(state);
  if (byState === undefined) return undefined;
  if (approved === 'yes') return byState === 'reviewed' || byState === 'final' ? byState : 'translated';
  if (approved === 'no' && byState === 'translated') return 'draft';
  return byState;
}

function fromState12(state: string | undefined): SegmentStatus | undefined {
  switch (state) {
    case undefined:
    case 'translated':
    case 'needs-review-translation':
    case 'needs-review-l10n':
    case 'needs-review-adaptation':
      return 'translated';
    case 'new':
    case 'needs-translation':
    case 'needs-l10n':
    case 'needs-adaptation':
      return 'draft';
    case 'signed-off':
      return 'reviewed';
    case 'final':
      return 'final';
    default:
      // 1.2 allows user-defined "x-…" states; treat them as unconfirmed work rather than rejecting the file.
      return state.startsWith('x-') ? 'draft' : undefined;
  }
}
