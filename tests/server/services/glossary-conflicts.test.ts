import { describe, expect, it } from 'vitest';
import { useApi } from '../../helpers/report';
import { useTempDir } from '../../helpers/temp';

const newApi = useApi(useTempDir());
const OURS = 'fa\ten\nمجلس\tMajlis\nسرتیپ\tBrigadier General\n';
// Two conflicts (مجلس, سرتیپ) and one new entry.
const THEIRS = 'fa\ten\nمجلس\tParliament\nسرتیپ\tBrigadier\nسرهنگ\tColonel\n';

async function setUp() {
  const api = newApi();
  expect(await api.services.glossary.importText(OURS, 'ours.tsv', 'tsv')).toMatchObject({
    applied: true,
    added: 2,
  });
  return api;
}
const english = (api: Awaited<ReturnType<typeof setUp>>) =>
  api.services.glossary
    .all()
    .map((e) =>
      e.terms
        .filter((t) => t.lang === 'en')
        .map((t) => `${t.text}:${t.status}`)
        .join(','),
    )
    .sort();

describe('glossary import conflicts', () => {
  it('fail (the default) imports nothing and lists every conflict', async () => {
    const api = await setUp();
    const r = await api.services.glossary.importText(THEIRS, 'theirs.tsv', 'tsv');
    expect(r).toMatchObject({ applied: false, onConflict: 'fail', added: 0 });
    expect(r.conflicts.map((c) => [c.where, c.action])).toEqual([
      ['line 2', 'failed'],
      ['line 3', 'failed'],
    ]);
    expect(api.services.glossary.count()).toBe(2);
  });

  it('skip keeps ours and imports the rest', async () => {
    const api = await setUp();
    const r = await api.services.glossary.importText(THEIRS, 'theirs.tsv', 'tsv', undefined, {
      onConflict: 'skip',
    });
    expect(r).toMatchObject({ applied: true, added: 1, updated: 0 });
    expect(r.conflicts.map((c) => c.action)).toEqual(['skipped', 'skipped']);
    expect(english(api)).toEqual(['Brigadier General:preferred', 'Colonel:preferred', 'Majlis:preferred']);
  });

  it('replace takes theirs', async () => {
    const api = await setUp();
    const r = await api.services.glossary.importText(THEIRS, 'theirs.tsv', 'tsv', undefined, {
      onConflict: 'replace',
    });
    expect(r).toMatchObject({ applied: true, added: 1, updated: 2 });
    expect(english(api)).toEqual(['Brigadier:preferred', 'Colonel:preferred', 'Parliament:preferred']);
    expect(api.services.glossary.count()).toBe(3);
  });

  it('add-as-admitted keeps ours and adds theirs as admitted renderings', async () => {
    const api = await setUp();
    const r = await api.services.glossary.importText(THEIRS, 'theirs.tsv', 'tsv', undefined, {
      onConflict: 'add-as-admitted',
    });
    expect(r).toMatchObject({ applied: true, added: 1, updated: 2 });
    expect(r.conflicts.map((c) => c.action)).toEqual(['added-as-admitted', 'added-as-admitted']);
    expect(english(api)).toEqual([
      'Brigadier General:preferred,Brigadier:admitted',
      'Colonel:preferred',
      'Majlis:preferred,Parliament:admitted',
    ]);
  });

  it('a dry run reports the plan under the chosen strategy and writes nothing', async () => {
    const api = await setUp();
    const before = english(api);
    const r = await api.services.glossary.importText(THEIRS, 'theirs.tsv', 'tsv', undefined, {
      onConflict: 'replace',
      dryRun: true,
    });
    expect(r).toMatchObject({ applied: false, dryRun: true, onConflict: 'replace', added: 1, updated: 2 });
    expect(r.conflicts.map((c) => c.action)).toEqual(['replaced', 'replaced']);
    expect(english(api)).toEqual(before);
    expect(api.services.glossary.count()).toBe(2);
  });
});
