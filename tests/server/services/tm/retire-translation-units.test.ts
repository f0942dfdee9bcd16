import { mkdirSync, readdirSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../../../src/server/create-api';
import { defaultMigrationsDir, loadMigrations, openDatabase } from '../../../../src/server/db/open';
import { useTempDir } from '../../../helpers/temp';

const tempDir = useTempDir();

describe('migration 007: the wave-1 translation_units table goes into the translation memory', () => {
  it('keeps every imported pair as a reference memory per file, looked up and found by concordance', () => {
    const dir = tempDir();
    const old = join(dir, 'migrations');
    mkdirSync(old);
    for (const f of readdirSync(defaultMigrationsDir()).filter((f) => f < '007'))
      copyFileSync(join(defaultMigrationsDir(), f), join(old, f));
    const file = join(dir, 'old.sqlite');
    const before = openDatabase(file, { migrations: loadMigrations(old) }).db;
    const insert = before.prepare(
      `INSERT INTO translation_units (source, source_key, target, src_lang, tgt_lang, origin, created_at)
       VALUES (?, ?, ?, 'fa', 'en', ?, '2025-01-01T00:00:00Z')`,
    );
    insert.run('سرلشکر باقری گفت.', 'k1', 'Major General Bagheri said.', 'a.tmx');
    insert.run('وزير دفاع گفت.', 'k2', 'The defence minister said.', 'a.tmx');
    insert.run('بودجه تصویب شد.', 'k3', 'The budget was passed.', 'b.tmx');
    before.close();

    const api = createApi({ dbPath: file });
    try {
      const tables = api.services.db
        .prepare("SELECT name FROM sqlite_master WHERE name = 'translation_units'")
        .all();
      expect(tables).toEqual([]);
      const tm = api.services.tm;
      expect(tm.list().map((m) => [m.name, m.kind, m.units, m.file])).toEqual([
        ['project', 'project', 0, undefined],
        ['a.tmx (imported)', 'reference', 2, 'a.tmx'],
        ['b.tmx (imported)', 'reference', 1, 'b.tmx'],
      ]);
      // Re-keyed on open: Arabic letter forms match, and both concordance sides work.
      expect(tm.lookup('وزیر دفاع گفت.')[0]).toMatchObject({
        score: 100,
        target: 'The defence minister said.',
        origin: 'a.tmx (imported)',
      });
      expect(tm.concordance('دفاع').map((h) => h.target)).toEqual(['The defence minister said.']);
      expect(tm.concordance('budget', { side: 'target' }).map((h) => h.source)).toEqual(['بودجه تصویب شد.']);
    } finally {
      api.close();
    }
  });
});
