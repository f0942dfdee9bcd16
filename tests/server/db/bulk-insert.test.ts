/**
 * Many rows per INSERT (src/server/db/bulk-insert.ts) with the columns every row shares bound once, on a
 * real database file: each row gets its own values in column order and the shared ones, whatever the
 * number of rows; and the glossary's bulk writer stamps every entry with the load's time and user.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BULK_ROWS, bulkInsert } from '../../../src/server/db/bulk-insert';
import { openDatabase } from '../../../src/server/db/open';
import { createRepos } from '../../../src/server/db/repos';
import { useTempDir } from '../../helpers/temp';

const tempDir = useTempDir();

describe('bulkInsert', () => {
  it('binds shared columns once per statement and the others row after row', () => {
    const { db } = openDatabase(join(tempDir(), 'bulk.sqlite'));
    db.exec('CREATE TABLE t (a INTEGER, stamp TEXT, b TEXT, who TEXT, again TEXT)');
    const insert = bulkInsert(db, 't', ['a', 'stamp', 'b', 'who', 'again'], {
      stamp: 'at',
      who: 'by',
      again: 'at',
    });
    for (const rows of [BULK_ROWS, 3]) {
      const values = Array.from({ length: rows }, (_, i) => [i, `b${i}`]).flat();
      insert(rows).run(values, { at: `t${rows}`, by: 'me' });
    }
    const got = db.prepare('SELECT a, stamp, b, who, again FROM t ORDER BY rowid').raw().all();
    expect(got).toHaveLength(BULK_ROWS + 3);
    expect(got[0]).toEqual([0, `t${BULK_ROWS}`, 'b0', 'me', `t${BULK_ROWS}`]);
    expect(got[BULK_ROWS - 1]).toEqual([
      BULK_ROWS - 1,
      `t${BULK_ROWS}`,
      `b${BULK_ROWS - 1}`,
      'me',
      `t${BULK_ROWS}`,
    ]);
    expect(got.slice(BULK_ROWS)).toEqual([
      [0, 't3', 'b0', 'me', 't3'],
      [1, 't3', 'b1', 'me', 't3'],
      [2, 't3', 'b2', 'me', 't3'],
    ]);
    db.close();
  });

  it('stamps every entry of a glossary bulk load with its time and user', () => {
    const { db } = openDatabase(join(tempDir(), 'glossary.sqlite'));
    const { glossary } = createRepos(db);
    const at = '2026-12-02T10:00:00.000Z';
    const n = BULK_ROWS * 2 + 5;
    db.transaction(() => {
      const writer = glossary.bulkWriter(at, 'loader');
      for (let i = 0; i < n; i++)
        writer.add({
          subject: 'general',
          note: `note ${i}`,
          terms: [
            { lang: 'fa', text: `سرلشکر ${i}`, status: 'preferred' },
            { lang: 'en', text: `Major General ${i}`, status: 'preferred' },
          ],
        });
      writer.finish();
    }).immediate();
    const entries = glossary.all();
    expect(entries).toHaveLength(n);
    for (const [i, e] of entries.entries()) {
      expect(e).toMatchObject({ note: `note ${i}`, createdAt: at, createdBy: 'loader' });
      expect(e).toMatchObject({ modifiedAt: at, modifiedBy: 'loader' });
      expect(e.terms.map((t) => t.text)).toEqual([`سرلشکر ${i}`, `Major General ${i}`]);
    }
    db.close();
  });
});
