/**
 * Runs the checks over a set of segments. Corpus checks see every translated segment given, so pass the
 * whole corpus and filter findings by document afterwards. Output order is deterministic: document id,
 * segment index, check order (QA_CHECKS), then position within the segment.
 */
import { AppError } from '../../shared/errors';
import type { QaSeverity } from '../../shared/model';
import { isUntranslated } from './finding';
import { REGISTRY } from './registry';
import type { QaFinding, QaSegment } from './types';

export const QA_CHECKS: readonly { id: string; severity: QaSeverity; scope: 'segment' | 'corpus' }[] = REGISTRY.map((r) => ({
  id: r.check.id,
  severity: r.check.severity,
  scope: r.scope,
}));

const ORDER = new Map(QA_CHECKS.map((c, i) => [c.id, i]));

export function runQa(segments: readonly QaSegment[], opts: { checks?: string[] } = {}): QaFinding[] {
  const wanted = opts.checks ? new Set(opts.checks) : undefined;
  for (const id of wanted ?? []) {
    if (!ORDER.has(id)) throw new AppError('validation', { field: 'checks', message: `unknown QA check "${id}"` });
  }
  const active = REGISTRY.filter((r) => !wanted || wanted.has(r.check.id));
  const sorted = [...segments].sort((a, b) => a.documentId - b.documentId || a.index - b.index);
  const translated = sorted.filter((s) => !isUntranslated(s));
  const out: QaFinding[] = [];
  for (const r of active) {
    if (r.scope === 'corpus') {
      out.push(...r.check.run(translated));
      continue;
    }
    // "untranslated" is the one check that looks at untranslated segments; the others skip them anyway.
    for (const seg of r.check.id === 'untranslated' ? sorted : translated) out.push(...r.check.run(seg));
  }
  // Within one check of one segment: what is missing from the source side first, then target positions.
  const pos = (f: QaFinding): number => (f.range ? (f.range.field === 'source' ? 0 : 1e9) + f.range.start : -1);
  return out.sort(
    (a, b) =>
      a.documentId - b.documentId ||
      a.segment - b.segment ||
      (ORDER.get(a.check) ?? 0) - (ORDER.get(b.check) ?? 0) ||
      pos(a) - pos(b),
  );
}
