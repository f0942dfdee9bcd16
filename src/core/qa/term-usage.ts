/**
 * Which English terms of each glossary entry hit in a segment actually appear in its target. Shared by
 * term-missing, term-forbidden and inconsistent-term, and memoised per segment so the three checks search
 * each target once.
 */
import type { TermStatus } from '../../shared/model';
import { englishFindAll, type TextRange } from './english-match';
import type { QaHit, QaSegment, QaTermRef } from './types';

export interface FoundTerm {
  text: string;
  status: TermStatus;
  ranges: TextRange[];
}

export interface EntryUsage {
  ref: QaTermRef;
  /** The entry's first hit in the source. */
  hit: QaHit;
  /** English terms of the entry found in the target, minus those only found inside a longer one of them. */
  found: FoundTerm[];
}

export function isAllowed(status: TermStatus): boolean {
  return status === 'preferred' || status === 'admitted';
}

function within(r: TextRange, outer: readonly TextRange[]): boolean {
  return outer.some((o) => o.start <= r.start && r.end <= o.end && (o.start !== r.start || o.end !== r.end));
}

/** Drops occurrences that lie strictly inside an occurrence of a longer term ("General" inside "Major General"). */
function dropContained(found: FoundTerm[]): FoundTerm[] {
  if (found.length < 2) return found;
  const all = found.flatMap((f) => f.ranges);
  return found
    .map((f) => ({ ...f, ranges: f.ranges.filter((r) => !within(r, all)) }))
    .filter((f) => f.ranges.length > 0);
}

function computeUsage(seg: QaSegment): EntryUsage[] {
  const byEntry = new Map<number, EntryUsage>();
  for (const hit of seg.hits) {
    if (byEntry.has(hit.ref.entry)) continue;
    const found: FoundTerm[] = [];
    for (const en of hit.ref.english) {
      const ranges = englishFindAll(seg.target, en.text);
      if (ranges.length > 0) found.push({ text: en.text, status: en.status, ranges });
    }
    byEntry.set(hit.ref.entry, { ref: hit.ref, hit, found: dropContained(found) });
  }
  return [...byEntry.values()];
}

const memo = new WeakMap<QaSegment, { target: string; usage: EntryUsage[] }>();

export function termUsage(seg: QaSegment): EntryUsage[] {
  const cached = memo.get(seg);
  if (cached && cached.target === seg.target) return cached.usage;
  const usage = computeUsage(seg);
  memo.set(seg, { target: seg.target, usage });
  return usage;
}
