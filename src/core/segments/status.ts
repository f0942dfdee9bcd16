import type { SegmentStatus } from '../../shared/model';

/**
 * The status a segment gets when its English target is saved — the one rule shared by the editor, its
 * autosave, the documents service and the XLIFF import:
 * - an empty (or blank) target is always "new": nothing is translated, whatever the caller asked for;
 * - a status the caller asks for (a confirmation, or the state an XLIFF file carries) is taken as is;
 * - otherwise an unchanged target keeps its status, and a changed one becomes a "draft": editing a
 *   confirmed segment takes the confirmation away until it is confirmed anew.
 */
export function statusAfterEdit(
  previous: { readonly target: string; readonly status: SegmentStatus },
  target: string,
  requested?: SegmentStatus,
): SegmentStatus {
  if (target.trim() === '') return 'new';
  if (requested) return requested;
  return target === previous.target ? previous.status : 'draft';
}
