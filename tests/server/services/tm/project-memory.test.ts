import { describe, expect, it } from 'vitest';
import { useTmApi } from './setup';

const setup = useTmApi();

describe('project memory', () => {
  it('holds one unit per confirmed segment, updated in place on re-confirm', async () => {
    const { api, a } = setup();
    const save = api.handlers['segments.saveTarget'];
    await save({ documentId: a, index: 1, target: 'At the end of the visit', status: 'draft' });
    expect(api.services.tm.list()[0]).toMatchObject({ name: 'project', units: 0 });
    await save({
      documentId: a,
      index: 1,
      target: 'At the end of the meeting, both sides stressed wider cooperation.',
      status: 'translated',
    });
    await save({
      documentId: a,
      index: 1,
      target: 'At the end of the meeting, the two sides stressed wider cooperation.',
      status: 'translated',
    });
    expect(api.services.tm.list()[0]).toMatchObject({ name: 'project', kind: 'project', units: 1 });
    const [m] = api.services.tm.lookup('در پایان این دیدار دو طرف بر گسترش همکاری‌ها تأکید کردند.');
    expect(m).toMatchObject({
      score: 100,
      origin: 'project',
      target: 'At the end of the meeting, the two sides stressed wider cooperation.',
      document: 'a.txt',
      segment: 1,
      author: 'tester',
      adapted: false,
    });
  });

  it('finds a near-identical sentence with its word difference, and respects min and max', async () => {
    const { api, a, b } = setup();
    await api.handlers['segments.saveTarget']({
      documentId: a,
      index: 1,
      target: 'At the end of the meeting, the two sides stressed wider cooperation.',
      status: 'translated',
    });
    const source = api.services.documents.segments(b)[0]!.source;
    const [m] = api.services.tm.lookup(source);
    expect(m!.score).toBe(90);
    expect(m!.diff.filter((p) => p.kind !== 'equal')).toEqual([
      { kind: 'match', text: 'دیدار' },
      { kind: 'current', text: ' نشست' },
    ]);
    expect(api.services.tm.lookup(source, { min: 91 })).toEqual([]);
    expect(api.services.tm.lookup('چیزی دیگر')).toEqual([]);
  });

  it('scores the spaced, joined and Arabic-letter spellings of a sentence 100', async () => {
    const { api, a } = setup();
    await api.handlers['segments.saveTarget']({
      documentId: a,
      index: 0,
      target: 'The defence minister said.',
      status: 'translated',
    });
    const [m] = api.services.tm.lookup(api.services.documents.segments(a)[2]!.source);
    expect(m).toMatchObject({ score: 100, target: 'The defence minister said.' });
  });

  it('adapts a Solar Hijri year in the offered target and says so', async () => {
    const { api, a, b } = setup();
    await api.handlers['segments.saveTarget']({
      documentId: a,
      index: 3,
      target: 'The 2023 budget was approved.',
      status: 'translated',
    });
    const [m] = api.services.tm.lookup(api.services.documents.segments(b)[1]!.source);
    expect(m).toMatchObject({
      score: 80,
      target: 'The 2024 budget was approved.',
      storedTarget: 'The 2023 budget was approved.',
      adapted: true,
      reasons: ['numbers'],
    });
  });

  it('picks up segments confirmed before the memory existed', () => {
    const { api, a } = setup();
    // Written straight through the documents service: no TM hook runs.
    api.services.documents.saveTarget({ documentId: a, index: 3, target: 'Budget passed.', status: 'final' });
    expect(api.services.tm.list()[0]!.units).toBe(1);
  });
});
