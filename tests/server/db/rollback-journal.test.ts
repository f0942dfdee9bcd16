/**
 * A bulk load under a rollback journal (src/server/db/rollback-journal.ts), on real database files: it
 * leaves WAL only when no other connection has the file open, never waits for one that has, comes back
 * to WAL whether the load commits or fails, and a failed load writes nothing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/server/db/open';
import { inRollbackJournal } from '../../../src/server/db/rollback-journal';
import { writeTxAsync } from '../../../src/server/db/write';
import { useTempDir } from '../../helpers/temp';

const tempDir = useTempDir();

function fresh(): { db: Database.Database; file: string } {
  const file = join(tempDir(), 'load.sqlite');
  const { db } = openDatabase(file);
  db.exec('CREATE TABLE t (n INTEGER, s TEXT)');
  return { db, file };
}

const journal = (db: Database.Database): unknown => db.pragma('journal_mode', { simple: true });

/** Appends `rows` rows inside a write transaction; notes the journal mode while it runs. */
async function load(db: Database.Database, rows: number, seen: unknown[], fail = false): Promise<number> {
  return writeTxAsync(db, async () => {
    const insert = db.prepare('INSERT INTO t VALUES (?, ?)');
    for (let i = 0; i < rows; i++) insert.run(i, `row ${i} `.repeat(20));
    seen.push(journal(db));
    await Promise.resolve();
    if (fail) throw new Error('bad row');
    return rows;
  });
}

describe('inRollbackJournal', () => {
  it('loads under a rollback journal when the database is its own, then comes back to WAL', async () => {
    const { db, file } = fresh();
    const seen: unknown[] = [];
    expect(await inRollbackJournal(db, () => load(db, 5_000, seen))).toBe(5_000);
    expect(seen).toEqual(['delete']);
    expect(journal(db)).toBe('wal');
    expect(existsSync(`${file}-journal`)).toBe(false);
    const reader = new Database(file, { readonly: true });
    expect(reader.prepare('SELECT count(*) FROM t').pluck().get()).toBe(5_000);
    expect(reader.pragma('integrity_check', { simple: true })).toBe('ok');
    reader.close();
    db.close();
  });

  it('stays in WAL, without waiting, when another connection has the database open', async () => {
    const { db, file } = fresh();
    const other = new Database(file);
    other.prepare('SELECT count(*) FROM t').get();
    // Waited out, this timeout would outlast the test's own.
    db.pragma('busy_timeout = 60000');
    const seen: unknown[] = [];
    await inRollbackJournal(db, () => load(db, 100, seen));
    expect(seen).toEqual(['wal']);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(60_000);
    // The other connection read on meanwhile, as WAL lets it.
    expect(other.prepare('SELECT count(*) FROM t').pluck().get()).toBe(100);
    other.close();
    db.close();
  });

  it('writes nothing and comes back to WAL when the load fails', async () => {
    const { db, file } = fresh();
    const seen: unknown[] = [];
    await expect(inRollbackJournal(db, () => load(db, 2_000, seen, true))).rejects.toThrow('bad row');
    expect(seen).toEqual(['delete']);
    expect(journal(db)).toBe('wal');
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(0);
    expect(existsSync(`${file}-journal`)).toBe(false);
    db.close();
  });
});
