/**
 * Recall and precision of the QA on realistic single errors (planted-errors.ts) in the reference
 * translation: each planted error must be caught by its intended check and by exactly one finding; nothing
 * else may change. Recall and precision are printed for the record.
 */
import { describe, expect, it } from 'vitest';
import { runQa, type QaFinding, type QaSegment } from '../../../src/core/qa';
import { PLANTED, type PlantedError } from './planted-errors';
import { corpusDocuments, qaSegment, referenceSegments, shippedGlossary } from './shipped-corpus';

const key = (f: QaFinding): string => `${f.check}|${f.documentId}#${f.segment}|${f.text}`;

function plant(segments: readonly QaSegment[], p: PlantedError): QaSegment[] {
  const doc = corpusDocuments()[p.doc];
  if (!doc) throw new Error(`no document ${p.doc}`);
  return segments.map((s) => {
    if (s.documentId !== doc.id || s.index !== p.index) return s;
    const e = p.edit;
    if (e.field === 'whole') {
      const target = e.to === 'copy-source' ? s.source : e.to;
      return qaSegment(doc, s.index, s.source, target, target === '' ? 'new' : 'translated');
    }
    const text = e.field === 'source' ? s.source : s.target;
    if (!text.includes(e.from)) throw new Error(`${p.name}: "${e.from}" is not in the ${e.field}`);
    const edited = text.replace(e.from, e.to);
    return e.field === 'source'
      ? qaSegment(doc, s.index, edited, s.target)
      : qaSegment(doc, s.index, s.source, edited);
  });
}

describe('planted errors', () => {
  const names = shippedGlossary().qa.names;
  const base = referenceSegments();
  const baseline = new Set(runQa(base, { names }).map(key));
  const results = PLANTED.map((p) => {
    const found = runQa(plant(base, p), { names }).filter((f) => !baseline.has(key(f)));
    return { p, found };
  });

  it('plants at least 30 errors', () => {
    expect(PLANTED.length).toBeGreaterThanOrEqual(30);
  });

  for (const { p, found } of results) {
    it(`${p.check}: ${p.name}`, () => {
      const doc = corpusDocuments()[p.doc];
      expect(found.map((f) => [f.check, f.documentId, f.segment])).toEqual([[p.check, doc?.id, p.index]]);
    });
  }

  it('prints recall and precision', () => {
    const caught = results.filter((r) => r.found.some((f) => f.check === r.p.check)).length;
    const all = results.reduce((n, r) => n + r.found.length, 0);
    const right = results.reduce((n, r) => n + r.found.filter((f) => f.check === r.p.check).length, 0);
    const recall = caught / PLANTED.length;
    const precision = all === 0 ? 0 : Math.min(right, caught) / all;
    console.log(
      `planted errors: ${PLANTED.length}; caught by the intended check: ${caught}; findings: ${all}; ` +
        `recall ${(recall * 100).toFixed(1)}%, precision ${(precision * 100).toFixed(1)}%`,
    );
    expect(recall).toBe(1);
    expect(precision).toBe(1);
  });
});
