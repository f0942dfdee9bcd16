/**
 * The QA on a correct translation of the four reports (reference-translation.ts), with the shipped
 * termbase: quiet on good work — no error, at most three warnings, each listed here with why it is right.
 */
import { describe, expect, it } from 'vitest';
import { runQa } from '../../../src/core/qa';
import { REFERENCE_TRANSLATION } from './reference-translation';
import { corpusDocuments, referenceSegments, shippedGlossary } from './shipped-corpus';

describe('QA on a publication-quality translation of the four reports', () => {
  it('translates every segment the app makes of the reports (57)', () => {
    const docs = corpusDocuments();
    expect(docs.reduce((n, d) => n + d.sources.length, 0)).toBe(57);
    for (const d of docs) expect(REFERENCE_TRANSLATION[d.name]?.length, d.name).toBe(d.sources.length);
  });

  it('reports no error and at most three warnings', () => {
    const findings = runQa(referenceSegments(), { names: shippedGlossary().qa.names });
    const summary = findings.map((f) => `${f.severity} ${f.check} ${f.document}#${f.segment}: ${f.text}`);
    console.log(`reference translation: ${findings.length} findings\n${summary.join('\n')}`);
    expect(
      findings.filter((f) => f.severity === 'error'),
      summary.join('\n'),
    ).toEqual([]);
    expect(findings.length, summary.join('\n')).toBeLessThanOrEqual(3);
  });
});
