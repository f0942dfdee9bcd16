/**
 * term-forbidden: a deprecated or forbidden English term of an entry hit in the source is in the target.
 * An occurrence inside an allowed rendering of any hit entry is not reported: when "General" is
 * deprecated, "Major General" (preferred) must not trip it.
 */
import type { TextRange } from '../english-match';
import { isUntranslated, makeFinding, type CheckInfo } from '../finding';
import { englishSummary, isAllowed, termUsage, type EntryUsage, type FoundTerm } from '../term-usage';
import type { QaFinding, QaSegment, SegmentCheck } from '../types';

const info: CheckInfo = { id: 'term-forbidden', severity: 'error', message: 'qa.termForbidden' };

function covered(r: TextRange, allowed: readonly TextRange[]): boolean {
  return allowed.some((a) => a.start <= r.start && r.end <= a.end);
}

export interface ForbiddenPlace {
  usage: EntryUsage;
  term: FoundTerm;
  range: TextRange;
}

/** Places in the target where a deprecated or forbidden term stands on its own, once per place. */
export function forbiddenPlaces(seg: QaSegment): ForbiddenPlace[] {
  const usage = termUsage(seg);
  // Most segments have no deprecated or forbidden term in the target: leave before collecting anything.
  if (!usage.some((u) => u.found.some((f) => !isAllowed(f.status)))) return [];
  const allowedRanges = usage.flatMap((u) =>
    u.found.filter((f) => isAllowed(f.status)).flatMap((f) => f.ranges),
  );
  const out: ForbiddenPlace[] = [];
  for (const u of usage) {
    for (const f of u.found) {
      if (isAllowed(f.status)) continue;
      for (const r of f.ranges) {
        // Two entries may deprecate the same English: report the place once.
        if (covered(r, allowedRanges) || out.some((o) => o.range.start === r.start && o.range.end === r.end))
          continue;
        out.push({ usage: u, term: f, range: r });
      }
    }
  }
  return out.sort((a, b) => a.range.start - b.range.start);
}

export const termForbidden: SegmentCheck = {
  id: info.id,
  severity: info.severity,
  run(seg: QaSegment): QaFinding[] {
    if (isUntranslated(seg)) return [];
    return forbiddenPlaces(seg).map(({ usage: u, term: f, range: r }) =>
      makeFinding(
        info,
        seg,
        seg.target.slice(r.start, r.end),
        { term: u.ref.term, forbidden: f.text, status: f.status, expected: englishSummary(u.ref).expected },
        { field: 'target', start: r.start, end: r.end },
      ),
    );
  },
};
