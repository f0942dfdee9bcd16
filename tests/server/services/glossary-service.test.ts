import { describe, expect, it } from 'vitest';
import { useApi } from '../../helpers/db';
import { entryInput as entry } from '../../helpers/builders';

const { openApi } = useApi();
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

describe('glossary service over a real database file', () => {
  it('reports a conflicting import row by row and writes nothing', async () => {
    const api = openApi();
    await api.handlers['glossary.add']({ entry: entry('سرلشکر', 'Major General') });
    const tsv =
      'سرتیپ\tBrigadier General\n' + 'سر لشکر\tLieutenant General\tconflicts with the existing entry\n';
    const report = await api.handlers['glossary.import']({ fileName: 'ranks.tsv', contentBase64: b64(tsv) });
    expect(report.applied).toBe(false);
    expect(report.conflicts).toHaveLength(1);
    expect(report.conflicts[0]!.where).toMatch(/line 2/);
    expect(report.conflicts[0]!.reason).toContain('Major General');
    expect((await api.handlers['glossary.list']({})).total).toBe(1);
  });

  it('updates an entry matched by Persian term and preferred English, keeping who changed it', async () => {
    const api = openApi({ user: 'maryam' });
    const added = await api.handlers['glossary.add']({ entry: entry('سرلشکر', 'Major General') });
    const report = await api.handlers['glossary.import']({
      fileName: 'r.tsv',
      contentBase64: b64('سرلشكر\tMajor General\ttwo-star rank\n'),
    });
    expect(report).toMatchObject({ applied: true, added: 0, updated: 1 });
    const after = await api.handlers['glossary.get']({ id: added.id });
    expect(after.note).toBe('two-star rank');
    const history = await api.handlers['glossary.history']({ id: added.id });
    expect(history.map((h) => [h.action, h.by])).toEqual([
      ['import', 'maryam'],
      ['create', 'maryam'],
    ]);
  });

  it('bumps the glossary version on every change so matchers are rebuilt, and matches new terms at once', async () => {
    const api = openApi();
    const v0 = (await api.handlers['glossary.snapshot']({})).version;
    const text = 'سپاه پاسداران انقلاب اسلامی اعلام کرد.';
    expect(api.services.glossary.match(text)).toEqual([]);
    const e = await api.handlers['glossary.add']({
      entry: entry('سپاه پاسداران انقلاب اسلامی', 'IRGC', { subject: 'organisation' }),
    });
    expect((await api.handlers['glossary.snapshot']({})).version).toBeGreaterThan(v0);
    expect(api.services.glossary.match(text).map((h) => [h.start, h.end, h.english])).toEqual([
      [0, 27, 'IRGC'],
    ]);
    await api.handlers['glossary.remove']({ id: e.id });
    expect(api.services.glossary.match(text)).toEqual([]);
  });

  it('syncs the shared termbase file by key: adds, updates, and never deletes', () => {
    const api = openApi();
    const g = api.services.glossary;
    const file = (en: string) =>
      `[rank/sarlashkar]\nsubject: rank\nfa: سرلشکر\nen: ${en}\n\n[rank/sartip]\nsubject: rank\nfa: سرتیپ\nen: Brigadier General\n`;
    expect(g.syncFromTermbase(file('Major General'), 't.termbase')).toMatchObject({ added: 2, updated: 0 });
    expect(g.syncFromTermbase(file('Maj. Gen.'), 't.termbase')).toMatchObject({
      added: 0,
      updated: 1,
      unchanged: 1,
    });
    const only = '[rank/sartip]\nsubject: rank\nfa: سرتیپ\nen: Brigadier General\n';
    expect(g.syncFromTermbase(only, 't.termbase')).toMatchObject({ unchanged: 1, notInFile: 1 });
    expect(g.count()).toBe(2);
  });
});
