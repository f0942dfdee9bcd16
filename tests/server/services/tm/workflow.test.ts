import { describe, expect, it } from 'vitest';
import { useTmApi } from './setup';

const setup = useTmApi();

describe('repetitions, pre-translation and analysis', () => {
  it('propagates a confirmed translation to the same source spelled otherwise, with one undo', async () => {
    const { api, a } = setup();
    const { documents, tmWorkflow } = api.services;
    await api.handlers['segments.saveTarget']({
      documentId: a,
      index: 0,
      target: 'The minister said.',
      status: 'translated',
    });
    const p = tmWorkflow.propagate({ documentId: a, index: 0 });
    expect(p.segments).toEqual([{ documentId: a, index: 2 }]);
    expect(documents.segments(a)[2]).toMatchObject({ target: 'The minister said.', status: 'draft' });
    expect(tmWorkflow.propagated(a)).toEqual([2]);
    const undo = tmWorkflow.undoPropagation();
    expect(undo).toEqual({ batch: p.batch, segments: [{ documentId: a, index: 2 }] });
    expect(documents.segments(a)[2]).toMatchObject({ target: '', status: 'new' });
    expect(tmWorkflow.propagated(a)).toEqual([]);
  });

  it('does not undo over an edit made after the propagation', async () => {
    const { api, a } = setup();
    const { documents, tmWorkflow } = api.services;
    await api.handlers['segments.saveTarget']({
      documentId: a,
      index: 0,
      target: 'The minister said.',
      status: 'translated',
    });
    tmWorkflow.propagate({ documentId: a, index: 0 });
    documents.saveTarget({ documentId: a, index: 2, target: 'The minister stated.', status: 'draft' });
    expect(tmWorkflow.undoPropagation().segments).toEqual([]);
    expect(documents.segments(a)[2]!.target).toBe('The minister stated.');
  });

  it('propagates into other documents only on request', async () => {
    const { api, a, b } = setup();
    const { documents, tmWorkflow } = api.services;
    documents.importFiles([
      { name: 'c.txt', file: 'c.txt', bytes: new TextEncoder().encode('بودجه سال ۱۴۰۲ تصویب شد.') },
    ]);
    const c = documents.list().find((d) => d.name === 'c.txt')!.id;
    await api.handlers['segments.saveTarget']({
      documentId: a,
      index: 3,
      target: 'The 2023 budget was approved.',
      status: 'translated',
    });
    expect(tmWorkflow.propagate({ documentId: a, index: 3 }).segments).toEqual([]);
    expect(tmWorkflow.propagate({ documentId: a, index: 3, allDocuments: true }).segments).toEqual([
      { documentId: c, index: 0 },
    ]);
    expect(documents.segments(b)[1]!.status).toBe('new');
  });

  it('pre-translates at a threshold, confirming exact matches on request, and reports bands', async () => {
    const { api, a, b } = setup();
    const { documents, tmWorkflow } = api.services;
    await api.handlers['segments.saveTarget']({
      documentId: a,
      index: 1,
      target: 'At the end of the meeting, the two sides stressed wider cooperation.',
      status: 'translated',
    });
    await api.handlers['segments.saveTarget']({
      documentId: a,
      index: 3,
      target: 'The 2023 budget was approved.',
      status: 'translated',
    });
    const exact = await tmWorkflow.pretranslate({ documentIds: [b] });
    expect(exact.filled).toBe(0);
    const fuzzy = await tmWorkflow.pretranslate({ documentIds: [b], min: 75, confirmExact: true });
    expect(fuzzy).toMatchObject({ filled: 2, confirmed: 0 });
    expect(fuzzy.bands.filter((r) => r.segments > 0)).toEqual([
      { band: '85-94', segments: 1, words: 11 },
      { band: '75-84', segments: 1, words: 5 },
    ]);
    expect(documents.segments(b).map((s) => [s.status, s.target])).toEqual([
      ['draft', 'At the end of the meeting, the two sides stressed wider cooperation.'],
      ['draft', 'The 2024 budget was approved.'],
    ]);
    documents.saveTarget({ documentId: a, index: 0, target: '', status: 'new' });
    const confirm = await tmWorkflow.pretranslate({ documentIds: [a], confirmExact: true });
    expect(confirm).toMatchObject({ filled: 0 });
  });

  it('analyses documents by band, with repetitions across documents', async () => {
    const { api, a, b } = setup();
    await api.handlers['segments.saveTarget']({
      documentId: a,
      index: 1,
      target: 'At the end of the meeting.',
      status: 'translated',
    });
    const r = await api.services.tmWorkflow.analyse({ documentIds: [a, b] });
    const pick = (rows: { band: string; segments: number; words: number }[]) =>
      Object.fromEntries(rows.filter((x) => x.segments > 0).map((x) => [x.band, [x.segments, x.words]]));
    // Counted by hand. a: segment 2 (11 words: «بینالمللی» joined) repeats 0 (12 words); 1 (11) matches
    // only itself, which is left out; 3 (5) has nothing.
    expect(pick(r.documents[0]!.bands)).toEqual({ repetition: [1, 11], none: [3, 28] });
    // b: segment 0 (11 words) is 90% against a's confirmed segment 1; segment 1 (5) has no confirmed match.
    expect(pick(r.documents[1]!.bands)).toEqual({ '85-94': [1, 11], none: [1, 5] });
    expect(pick(r.total)).toEqual({ repetition: [1, 11], '85-94': [1, 11], none: [4, 33] });
  });
});
