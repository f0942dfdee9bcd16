/**
 * Runs the checks over a set of segments. Corpus checks see every translated segment given, so pass the
 * whole corpus and filter findings by document afterwards. Output order is deterministic: document id,
 * segment index, check order (QA_CHECKS), then position within the segment.
 */
import { AppError } from '../../shared/errors';
import type { QaProfile, QaSeverity } from '../../shared/model';
import { isUntranslated } from './finding';
import { isCopiedSource } from './checks/target-equals-source';
import { REGISTRY } from './registry';
import type { QaContext, QaFinding, QaSegment, SegmentCheck } from './types';

export interface RunQaOptions extends QaContext {
  /** Only these checks (ids); validated. */
  checks?: string[] | undefined;
  /** Checks switched off are not run; severities are the profile's. */
  profile?: QaProfile | undefined;
}

/** Checks that read the source only: they also run on segments that are not translated yet. */
const SOURCE_CHECKS = new Set(['untranslated', 'possible-misspelling']);

export const QA_CHECKS: readonly { id: string; severity: QaSeverity; scope: 'segment' | 'corpus' }[] =
  REGISTRY.map((r) => ({
    id: r.check.id,
    severity: r.check.severity,
    scope: r.scope,
  }));

const ORDER = new Map(QA_CHECKS.map((c, i) => [c.id, i]));

// Within one check of one segment: what is missing from the source side first, then target positions.
const position = (f: QaFinding): number =>
  f.range ? (f.range.field === 'source' ? 0 : 1e9) + f.range.start : -1;

function byCheckThenPosition(a: QaFinding, b: QaFinding): number {
  return (ORDER.get(a.check) ?? 0) - (ORDER.get(b.check) ?? 0) || position(a) - position(b);
}

export function runQa(segments: readonly QaSegment[], opts: RunQaOptions = {}): QaFinding[] {
  const wanted = opts.checks ? new Set(opts.checks) : undefined;
  for (const id of wanted ?? []) {
    if (!ORDER.has(id))
      throw new AppError('validation', { field: 'checks', message: `unknown QA check "${id}"` });
  }
  const settings = opts.profile?.checks;
  const active = REGISTRY.filter(
    (r) => (!wanted || wanted.has(r.check.id)) && settings?.[r.check.id]?.enabled !== false,
  );
  const sorted = [...segments].sort((a, b) => a.documentId - b.documentId || a.index - b.index);
  const ctx: QaContext = { names: opts.names };

  // Segment checks first: the term checks tokenize each target while it is the current one, and their
  // per-segment results are memoised for inconsistent-term, which then runs without re-tokenizing.
  const segmentChecks: SegmentCheck[] = [];
  for (const r of active) if (r.scope === 'segment') segmentChecks.push(r.check);
  const perSegment: QaFinding[][] = [];
  for (const seg of sorted) {
    const here: QaFinding[] = [];
    const untranslated = isUntranslated(seg);
    // A copied source is one problem: "Persian in the target", "term missing" and the rest would restate it.
    const copied = !untranslated && isCopiedSource(seg);
    for (const check of segmentChecks) {
      // Only the source checks look at untranslated segments; the others would skip them.
      if (untranslated && !SOURCE_CHECKS.has(check.id)) continue;
      if (copied && check.id !== 'target-equals-source' && !SOURCE_CHECKS.has(check.id)) continue;
      for (const f of check.run(seg, ctx)) here.push(f);
    }
    perSegment.push(here);
  }

  const corpus = new Map<string, QaFinding[]>();
  for (const r of active) {
    if (r.scope !== 'corpus') continue;
    for (const f of r.check.run(sorted)) {
      const key = `${f.documentId}#${f.segment}`;
      const list = corpus.get(key);
      if (list) list.push(f);
      else corpus.set(key, [f]);
    }
  }

  // Each check returns its findings in position order and the checks ran in QA_CHECKS order, so only a
  // segment with corpus findings needs a (small) sort to put them in their place.
  const out: QaFinding[] = [];
  sorted.forEach((seg, i) => {
    const here = perSegment[i] ?? [];
    const fromCorpus = corpus.get(`${seg.documentId}#${seg.index}`);
    if (fromCorpus) {
      for (const f of fromCorpus) here.push(f);
      here.sort(byCheckThenPosition);
    }
    for (const f of here) out.push(f);
  });
  if (settings) {
    for (const f of out) {
      const severity = settings[f.check]?.severity;
      if (severity) f.severity = severity;
    }
  }
  return out;
}
