/**
 * Every check on real corpus sentences: professional drafts must produce no finding at all, and each
 * flawed draft exactly the findings listed for it in drafts.ts — with the rest of the corpus drafts around
 * it, so the corpus-wide checks judge it against real neighbours.
 */
import { describe, expect, it } from 'vitest';
import { runQa } from '../../../src/core/qa';
import { CASES, type DraftCase } from './drafts';
import { corpus, makeSegment } from './helpers';

const goodSegment = (c: DraftCase) => makeSegment(c.doc, c.index, c.source, c.good);
const badSegment = (c: DraftCase) =>
  makeSegment(c.doc, c.index, c.source, c.bad, c.bad === '' ? 'new' : 'draft');

describe('QA on corpus sentences', () => {
  it('uses sentences that are verbatim in corpus/', () => {
    const text = corpus();
    for (const c of CASES) expect(text.includes(c.source), c.name).toBe(true);
  });

  it('the glossary recognises terms in every sentence (the term checks have something to judge)', () => {
    for (const c of CASES) expect(goodSegment(c).hits.length, c.name).toBeGreaterThan(0);
  });

  it('reports nothing on professional drafts', () => {
    expect(runQa(CASES.map(goodSegment))).toEqual([]);
  });

  for (const c of CASES) {
    it(`reports exactly the mistakes of the flawed draft: ${c.name}`, () => {
      const segments = CASES.map((o) => (o === c ? badSegment(o) : goodSegment(o)));
      const findings = runQa(segments);
      expect(findings.map((f) => [f.check, f.text])).toEqual(c.expected);
      for (const f of findings) {
        expect([f.documentId, f.document, f.segment]).toEqual([c.doc.id, c.doc.name, c.index]);
      }
    });
  }
});
