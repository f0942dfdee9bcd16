/**
 * Which English terms of each glossary entry hit in a segment actually appear in its target. Shared by
 * term-missing, term-forbidden and inconsistent-term, and memoised per segment so the three checks search
 * each target once. Written to allocate little: a 10,000-segment run makes about half a million searches.
 */
import type { TermStatus } from '../../shared/model';
import { englishFindAll, type TextRange } from './english-match';
import type { QaHit, QaSegment, QaTermRef } from './types';

export interface FoundTerm {
  text: string;
  status: TermStatus;
  ranges: readonly TextRange[];
}

export interface EntryUsage {
  ref: QaTermRef;
  /** The entry's first hit in the source. */
  hit: QaHit;
  /** English terms of the entry found in the target, minus those only found inside a longer one of them. */
  found: readonly FoundTerm[];
}

export function isAllowed(status: TermStatus): boolean {
  return status === 'preferred' || status === 'admitted';
}

const NOTHING: readonly FoundTerm[] = Object.freeze([]);

function strictlyInside(r: TextRange, o: TextRange): boolean {
  return o.start <= r.start && r.end <= o.end && (o.start !== r.start || o.end !== r.end);
}

/** Drops occurrences that lie strictly inside an occurrence of a longer term ("General" inside "Major General"). */
function dropContained(found: FoundTerm[]): FoundTerm[] {
  let out: FoundTerm[] | undefined;
  for (let i = 0; i < found.length; i++) {
    const f = found[i] as FoundTerm;
    let kept: TextRange[] | undefined;
    for (let k = 0; k < f.ranges.length; k++) {
      const r = f.ranges[k] as TextRange;
      const inside = found.some((g, j) => j !== i && g.ranges.some((o) => strictlyInside(r, o)));
      if (inside && !kept) kept = f.ranges.slice(0, k);
      else if (!inside && kept) kept.push(r);
    }
    if (kept && !out) out = found.slice(0, i);
    if (out && (!kept || kept.length > 0)) out.push(kept ? { ...f, ranges: kept } : f);
  }
  return out ?? found;
}

function computeUsage(seg: QaSegment): EntryUsage[] {
  const usage: EntryUsage[] = [];
  const seen = new Set<number>();
  for (const hit of seg.hits) {
    const entry = hit.ref.entry;
    if (seen.has(entry)) continue;
    seen.add(entry);
    let found: FoundTerm[] | undefined;
    for (const en of hit.ref.english) {
      const ranges = englishFindAll(seg.target, en.text);
      if (ranges.length > 0) (found ??= []).push({ text: en.text, status: en.status, ranges });
    }
    usage.push({
      ref: hit.ref,
      hit,
      found: found === undefined ? NOTHING : found.length > 1 ? dropContained(found) : found,
    });
  }
  return usage;
}

const memo = new WeakMap<QaSegment, { target: string; usage: EntryUsage[] }>();

export function termUsage(seg: QaSegment): EntryUsage[] {
  const cached = memo.get(seg);
  if (cached && cached.target === seg.target) return cached.usage;
  const usage = computeUsage(seg);
  memo.set(seg, { target: seg.target, usage });
  return usage;
}

export interface EnglishSummary {
  /** Preferred and admitted terms. */
  allowed: readonly string[];
  /** The term to suggest: the first preferred, else the first admitted, else ''. */
  expected: string;
}

// Keyed by the english array, which every hit of one entry shares even when the ref object is copied per hit.
const summaries = new WeakMap<QaTermRef['english'], EnglishSummary>();

export function englishSummary(ref: QaTermRef): EnglishSummary {
  let s = summaries.get(ref.english);
  if (!s) {
    const allowed = ref.english.filter((e) => isAllowed(e.status));
    s = {
      allowed: allowed.map((e) => e.text),
      expected: (allowed.find((e) => e.status === 'preferred') ?? allowed[0])?.text ?? '',
    };
    summaries.set(ref.english, s);
  }
  return s;
}
