/**
 * Which English terms of each glossary entry hit in a segment actually appear in its target. Shared by
 * term-missing, term-forbidden and inconsistent-term, and memoised per segment so the three checks search
 * each target once. Written to allocate little: a 10,000-segment run makes about half a million searches.
 */
import type { TermStatus } from '../../shared/model';
import { englishFindAll, type TextRange } from './english-match';
import type { QaContextHit, QaEnglish, QaHit, QaSegment, QaTermRef } from './types';

export interface FoundTerm {
  text: string;
  status: TermStatus;
  ranges: readonly TextRange[];
  later?: boolean | undefined;
  sameName?: boolean | undefined;
}

export interface EntryUsage {
  ref: QaTermRef;
  /** The entry's first hit in the source. */
  hit: QaHit;
  /** English terms of the entry found in the target, minus those only found inside a longer one of them. */
  found: readonly FoundTerm[];
  /** A hit of the entry lies in a context rendering whose English is in the target: the term is rendered. */
  inContext: boolean;
  /** English of the context renderings around the entry's hits that the target does not have. */
  contextEnglish: readonly string[];
  /** Every source hit of the entry is one of its Persian short forms. */
  shortSource: boolean;
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

/**
 * What of a context's English the target must contain. Articles are style: "the JCPOA" is found in
 * "(JCPOA)". Stand-alone numbers are the number checks' business: "February–March 2022" for «اسفندماه ۱۴۰۱»
 * is one wrong year (number-missing), not also an unrendered phrase.
 */
function contextProbe(en: string): string {
  return en
    .replace(/^(?:the|a|an)\s+/iu, '')
    .replace(/(^|\s)\d[\d.,]*(?=\s|$)/gu, '$1')
    .replace(/\s+/gu, ' ')
    .trim();
}

function foundTerm(en: QaEnglish, ranges: readonly TextRange[]): FoundTerm {
  const f: FoundTerm = { text: en.text, status: en.status, ranges };
  if (en.later) f.later = true;
  if (en.sameName) f.sameName = true;
  return f;
}

function contextsAround(
  seg: QaSegment,
  hits: readonly QaHit[],
): { inContext: boolean; contextEnglish: readonly string[] } {
  const none = { inContext: false, contextEnglish: NO_TEXT };
  if (!seg.contexts || seg.contexts.length === 0) return none;
  const around: QaContextHit[] = seg.contexts.filter((c) =>
    hits.some((h) => c.start <= h.start && h.end <= c.end),
  );
  if (around.length === 0) return none;
  for (const c of around) {
    if (c.en.some((en) => englishFindAll(seg.target, contextProbe(en)).length > 0))
      return { inContext: true, contextEnglish: NO_TEXT };
  }
  return { inContext: false, contextEnglish: around.flatMap((c) => c.en) };
}

const NO_TEXT: readonly string[] = Object.freeze([]);

function computeUsage(seg: QaSegment): EntryUsage[] {
  const usage: EntryUsage[] = [];
  const byEntry = new Map<number, QaHit[]>();
  for (const hit of seg.hits) {
    const list = byEntry.get(hit.ref.entry);
    if (list) list.push(hit);
    else byEntry.set(hit.ref.entry, [hit]);
  }
  for (const hits of byEntry.values()) {
    const hit = hits[0] as QaHit;
    let found: FoundTerm[] | undefined;
    for (const en of hit.ref.english) {
      const ranges = englishFindAll(seg.target, en.text);
      if (ranges.length > 0) (found ??= []).push(foundTerm(en, ranges));
    }
    const short = hit.ref.shortFa;
    usage.push({
      ref: hit.ref,
      hit,
      found: found === undefined ? NOTHING : found.length > 1 ? dropContained(found) : found,
      ...contextsAround(seg, hits),
      shortSource: short !== undefined && hits.every((h) => short.includes(h.term)),
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
