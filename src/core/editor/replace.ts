/**
 * Replace in English targets: the plan (a preview the user confirms) is computed here, purely; the
 * service writes it in one transaction and keeps the before-texts so one undo reverts the whole batch.
 */
import type { SegmentStatus } from '../../shared/model';
import type { FindOptions, FindSegment } from './find';
import { targetRegex } from './find';
import { isConfirmedStatus, statusAfterReplace } from './statuses';

export interface ReplaceChange {
  documentId: number;
  documentName: string;
  index: number;
  before: string;
  after: string;
  statusBefore: SegmentStatus;
  statusAfter: SegmentStatus;
  /** Replacements made in this segment. */
  count: number;
}

export interface ReplacePlan {
  changes: ReplaceChange[];
  replacements: number;
  /** Segments that were confirmed before the replace and whose text it changes (shown, never silent). */
  confirmedChanged: number;
}

/** Replaces every match in one target; in regex mode the replacement may use $1, $<name> and $&. */
export function replaceInText(
  text: string,
  query: string,
  replacement: string,
  opts: Omit<FindOptions, 'field'>,
): { text: string; count: number } {
  const re = targetRegex(query, { ...opts, field: 'target' });
  // Plain mode: the replacement is literal, so a "$" typed by the user is not a group reference.
  const literal = opts.regex ? replacement : replacement.replace(/\$/g, '$$$$');
  let count = 0;
  const out = text.replace(re, (...args: unknown[]) => {
    const match = args[0] as string;
    if (match.length === 0) return match;
    count++;
    return match.replace(new RegExp(re.source, re.flags.replace('g', '')), literal);
  });
  return { text: out, count };
}

/**
 * Plans a replace over segments; `only` restricts it to chosen segments (replace one by one from the
 * result list). The door refuses a replacement holding a line break (a segment is one line).
 */
export function planReplace(
  segments: Iterable<FindSegment>,
  query: string,
  replacement: string,
  opts: Omit<FindOptions, 'field'>,
  only?: ReadonlySet<string>,
): ReplacePlan {
  const changes: ReplaceChange[] = [];
  let replacements = 0;
  let confirmedChanged = 0;
  for (const s of segments) {
    if (only && !only.has(`${s.documentId}:${s.index}`)) continue;
    const { text, count } = replaceInText(s.target, query, replacement, opts);
    if (count === 0 || text === s.target) continue;
    const statusAfter = statusAfterReplace(s.status, text);
    changes.push({
      documentId: s.documentId,
      documentName: s.documentName,
      index: s.index,
      before: s.target,
      after: text,
      statusBefore: s.status,
      statusAfter,
      count,
    });
    replacements += count;
    if (isConfirmedStatus(s.status)) confirmedChanged++;
  }
  return { changes, replacements, confirmedChanged };
}
