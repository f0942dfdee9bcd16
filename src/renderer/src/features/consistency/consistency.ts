import { termForbidden } from '../../../../core/qa/checks/term-forbidden';
import { termMissing } from '../../../../core/qa/checks/term-missing';
import { isAllowed, termUsage } from '../../../../core/qa/term-usage';
import { qaTermRef } from '../../../../core/qa/term-ref';
import type { QaHit, QaSegment, QaTermRef } from '../../../../core/qa/types';
import type { Entry, TermHit } from '../../../../shared/model';

export interface Span {
  start: number;
  end: number;
}

export interface MissingTerm {
  entry: number;
  term: string;
  expected: string;
}

export interface ForbiddenUse extends Span {
  /** The glossary entry whose deprecated/forbidden English this is (undefined: not among the hits). */
  entry?: number;
  term: string;
  forbidden: string;
  expected: string;
}

/** What the editor marks for one segment while the translator types. */
export interface SegmentTermState {
  /** Entries whose preferred/admitted English is absent from a non-empty draft. */
  missing: MissingTerm[];
  missingEntries: ReadonlySet<number>;
  /** Deprecated or forbidden English used in the draft (target offsets). */
  forbidden: ForbiddenUse[];
  /** Entries whose deprecated or forbidden English is in the draft (to mark their Persian hits too). */
  forbiddenEntries: ReadonlySet<number>;
  /** Allowed English renderings found in the draft (target offsets). */
  found: Span[];
}

const EMPTY: SegmentTermState = {
  missing: [],
  missingEntries: new Set(),
  forbidden: [],
  forbiddenEntries: new Set(),
  found: [],
};

const refCache = new WeakMap<Entry, QaTermRef>();

function refOf(entry: Entry, term: string): QaTermRef {
  let ref = refCache.get(entry);
  if (!ref) {
    ref = qaTermRef(entry, entry.terms.find((t) => t.lang === 'fa')?.text ?? term);
    refCache.set(entry, ref);
  }
  return ref;
}

/**
 * Runs the same term-missing and term-forbidden checks as the QA report, on one segment, live. Called on
 * every keystroke for the edited segment only; the English matcher caches prepared terms.
 */
export function segmentTermState(
  source: string,
  target: string,
  hits: readonly TermHit[],
  entries: ReadonlyMap<number, Entry>,
): SegmentTermState {
  if (hits.length === 0 || target.trim() === '') return EMPTY;
  const qaHits: QaHit[] = [];
  for (const h of hits) {
    const entry = entries.get(h.entry);
    if (entry) qaHits.push({ ...h, ref: refOf(entry, h.term) });
  }
  if (qaHits.length === 0) return EMPTY;
  const seg: QaSegment = {
    documentId: 0,
    document: '',
    index: 0,
    source,
    target,
    status: 'draft',
    hits: qaHits,
  };

  const missing: MissingTerm[] = [];
  const missingEntries = new Set<number>();
  for (const f of termMissing.run(seg)) {
    const hit = qaHits.find((h) => h.start === f.range?.start && h.end === f.range.end);
    if (!hit) continue;
    missingEntries.add(hit.entry);
    missing.push({
      entry: hit.entry,
      term: String(f.params.term ?? hit.term),
      expected: String(f.params.expected ?? ''),
    });
  }
  const forbiddenEntries = new Set<number>();
  const forbidden: ForbiddenUse[] = [];
  for (const f of termForbidden.run(seg)) {
    if (f.range?.field !== 'target') continue;
    const term = String(f.params.term ?? '');
    // The finding names the entry by its Persian term (the ref every hit of that entry shares).
    const owner = qaHits.find((h) => h.ref.term === term);
    if (owner) forbiddenEntries.add(owner.entry);
    forbidden.push({
      ...(owner ? { entry: owner.entry } : {}),
      start: f.range.start,
      end: f.range.end,
      term,
      forbidden: String(f.params.forbidden ?? ''),
      expected: String(f.params.expected ?? ''),
    });
  }
  const found: Span[] = termUsage(seg).flatMap((u) =>
    u.found.filter((x) => isAllowed(x.status)).flatMap((x) => x.ranges),
  );
  return { missing, missingEntries, forbidden, forbiddenEntries, found };
}
