import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../src/server/create-api';
import { repoPaths } from '../../src/server/paths';
import { cli, json } from '../helpers/cli';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

interface FindJson {
  truncated: boolean;
  hits: { document: string; segment: number; match: string; field: string }[];
}

async function seededDb(): Promise<{ db: string; docId: number }> {
  const db = join(tempDir(), 'cli.sqlite');
  const api = createApi({ dbPath: db, seed: { corpusDir: repoPaths().corpusDir } });
  try {
    const [d] = await api.handlers['documents.list']({});
    await api.handlers['segments.saveTarget']({
      documentId: d!.id,
      index: 0,
      target: 'The Majlis met.',
      status: 'translated',
    });
    await api.handlers['segments.saveTarget']({ documentId: d!.id, index: 1, target: 'majlis draft' });
    return { db, docId: d!.id };
  } finally {
    api.close();
  }
}

describe('barabar find / replace (in-process CLI, real database)', () => {
  it('finds a Persian word in either spelling and English targets with --target', async () => {
    const { db } = await seededDb();
    const a = json<FindJson>(await cli(db, ['find', 'رییس', '--json']));
    const b = json<FindJson>(await cli(db, ['find', 'رئیس', '--json']));
    expect(a.hits.length).toBeGreaterThan(0);
    expect(a.hits.map((h) => [h.document, h.segment])).toEqual(b.hits.map((h) => [h.document, h.segment]));
    const t = json<FindJson>(await cli(db, ['find', 'majlis', '--target', '--json']));
    expect(t.hits.map((h) => h.match)).toEqual(['Majlis', 'majlis']);
    const human = await cli(db, ['find', 'majlis', '--target']);
    expect(human.stdout).toContain('[Majlis]');
    expect(human.stdout).toContain('2 matches');
  });

  it('replace --dry-run writes nothing; replace writes and reports confirmed segments', async () => {
    const { db, docId } = await seededDb();
    const dry = await cli(db, ['replace', 'majlis', 'parliament', '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Would replace 2 in 2 segments; 1 confirmed segment changed.');
    expect(json<FindJson>(await cli(db, ['find', 'parliament', '--target', '--json'])).hits).toHaveLength(0);
    const done = await cli(db, ['replace', 'majlis', 'parliament', '--whole-word']);
    expect(done.stdout).toContain('Replaced 2 in 2 segments');
    const api = createApi({ dbPath: db });
    try {
      const segs = (await api.handlers['documents.get']({ id: docId })).segments;
      expect(segs[0]).toMatchObject({ target: 'The parliament met.', status: 'translated' });
    } finally {
      api.close();
    }
  });

  it('refuses an unsafe regular expression with the validation message and exit code 1', async () => {
    const { db } = await seededDb();
    const r = await cli(db, ['find', '(a+)+$', '--target', '--regex']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/nested repetition/);
  });
});
