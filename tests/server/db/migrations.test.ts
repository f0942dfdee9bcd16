import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { defaultMigrationsDir, loadMigrations, openDatabase } from '../../../src/server/db/open';
import { AppError } from '../../../src/shared/errors';
import { useTempDir } from '../../helpers/temp';

const tempDir = useTempDir();

describe('database migrations', () => {
  it('creates a fresh database with every table, WAL and foreign keys', () => {
    const file = join(tempDir(), 'fresh.sqlite');
    const { db, schemaVersion } = openDatabase(file);
    expect(schemaVersion).toBe(loadMigrations().at(-1)?.version);
    expect(db.pragma('user_version', { simple: true })).toBe(schemaVersion);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    // FULL (2): committed translations survive a power cut.
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
        name: string;
      }[]
    ).map((r) => r.name);
    expect(tables).toEqual(
      expect.arrayContaining([
        'documents',
        'segments',
        'entries',
        'terms',
        'entry_history',
        'tm_units',
        'qa_ignored',
        'settings',
      ]),
    );
    // Foreign keys are enforced: a segment cannot point at a missing document.
    expect(() =>
      db
        .prepare(
          "INSERT INTO segments (document_id, idx, paragraph, src_start, src_end, source, updated_at) VALUES (999, 0, 0, 0, 1, 'x', 'now')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('upgrades an older database in place and keeps its data', () => {
    const dir = tempDir();
    const migrations = join(dir, 'migrations');
    mkdirSync(migrations);
    copyFileSync(join(defaultMigrationsDir(), '001-initial.sql'), join(migrations, '001-initial.sql'));
    const file = join(dir, 'old.sqlite');
    const v1 = openDatabase(file, { migrations: loadMigrations(migrations) });
    v1.db
      .prepare(
        "INSERT INTO documents (name, sha256, encoding, text, created_at, updated_at) VALUES ('a.txt', 'h', 'utf-8', 'متن', 't', 't')",
      )
      .run();
    v1.db.close();

    writeFileSync(
      join(migrations, '002-add-reviewer.sql'),
      'ALTER TABLE documents ADD COLUMN reviewer TEXT;',
    );
    const v2 = openDatabase(file, { migrations: loadMigrations(migrations) });
    expect(v2.schemaVersion).toBe(2);
    expect(v2.db.pragma('user_version', { simple: true })).toBe(2);
    expect(v2.db.prepare('SELECT name, text, reviewer FROM documents').get()).toEqual({
      name: 'a.txt',
      text: 'متن',
      reviewer: null,
    });
    v2.db.close();
  });

  it('refuses a database newer than the code and leaves it untouched', () => {
    const file = join(tempDir(), 'future.sqlite');
    const raw = new Database(file);
    raw.pragma('user_version = 99');
    raw.exec('CREATE TABLE future_thing (x)');
    raw.close();
    const before = readFileSync(file);
    let error: unknown;
    try {
      openDatabase(file);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('db_too_new');
    expect((error as AppError).params).toMatchObject({ file, dbVersion: 99 });
    expect((error as AppError).message).toContain('newer than this Barabar');
    const after = new Database(file, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(99);
    expect(after.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'documents'").get()).toEqual({
      n: 0,
    });
    after.close();
    expect(before.length).toBeGreaterThan(0);
  });

  it('rolls back a failing migration as a whole', () => {
    const dir = tempDir();
    const migrations = join(dir, 'migrations');
    mkdirSync(migrations);
    copyFileSync(join(defaultMigrationsDir(), '001-initial.sql'), join(migrations, '001-initial.sql'));
    writeFileSync(
      join(migrations, '002-broken.sql'),
      'CREATE TABLE half_done (x); SELECT no_such_function();',
    );
    const file = join(dir, 'broken.sqlite');
    expect(() => openDatabase(file, { migrations: loadMigrations(migrations) })).toThrow(/no_such_function/);
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(1);
    expect(raw.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'half_done'").get()).toEqual({
      n: 0,
    });
    raw.close();
  });

  it('accepts an unused (reserved) number but rejects a duplicate or a missing 001', () => {
    const gap = tempDir();
    writeFileSync(join(gap, '001-a.sql'), 'CREATE TABLE a (x);');
    writeFileSync(join(gap, '003-c.sql'), 'CREATE TABLE c (x);');
    const opened = openDatabase(join(gap, 'gap.sqlite'), { migrations: loadMigrations(gap) });
    expect(opened.schemaVersion).toBe(3);
    expect(opened.db.pragma('user_version', { simple: true })).toBe(3);
    opened.db.close();
    const dup = tempDir();
    writeFileSync(join(dup, '001-a.sql'), 'SELECT 1;');
    writeFileSync(join(dup, '001-b.sql'), 'SELECT 1;');
    expect(() => loadMigrations(dup)).toThrow(/out of sequence/);
    const late = tempDir();
    writeFileSync(join(late, '002-b.sql'), 'SELECT 1;');
    expect(() => loadMigrations(late)).toThrow(/out of sequence/);
  });

  it('accepts a gap left by a number reserved for another branch', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '001-a.sql'), 'SELECT 1;');
    writeFileSync(join(dir, '003-c.sql'), 'SELECT 1;');
    expect(loadMigrations(dir).map((m) => m.version)).toEqual([1, 3]);
  });
});

describe('match keys', () => {
  it('recomputes stored term keys once when the folding rules change', async () => {
    const { createApi } = await import('../../../src/server/create-api');
    const { MATCH_KEY_VERSION } = await import('../../../src/core/text/normalize');
    const file = join(tempDir(), 'keys.sqlite');
    const api = createApi({ dbPath: file });
    const e = await api.handlers['glossary.add']({
      entry: {
        subject: 'politics',
        terms: [
          { lang: 'fa', text: 'رئیس جمهور', status: 'preferred' },
          { lang: 'en', text: 'President', status: 'preferred' },
        ],
      },
    });
    api.close();
    // Simulate a database written under the previous rules: ئ kept in the stored key.
    const raw = new Database(file);
    raw.prepare("UPDATE terms SET term_key = 'رئیسجمهور' WHERE lang = 'fa'").run();
    raw
      .prepare("UPDATE settings SET value = ? WHERE key = 'match_key_version'")
      .run(String(MATCH_KEY_VERSION - 1));
    raw.close();

    const reopened = createApi({ dbPath: file });
    const key = reopened.services.db.prepare("SELECT term_key FROM terms WHERE lang = 'fa'").get() as {
      term_key: string;
    };
    expect(key.term_key).toBe('رییسجمهور');
    // Identity checks use the new keys: the «رییس» spelling is the same term.
    expect(() =>
      reopened.handlers['glossary.add']({
        entry: {
          subject: 'politics',
          terms: [
            { lang: 'fa', text: 'رییس‌جمهور', status: 'preferred' },
            { lang: 'en', text: 'president', status: 'preferred' },
          ],
        },
      }),
    ).toThrow(/conflict/);
    expect(
      (await reopened.handlers['glossary.list']({ query: 'رییس جمهور' })).entries.map((x) => x.id),
    ).toEqual([e.id]);
    reopened.close();
  });
});

describe('migration 002: entry ids are never reused', () => {
  const entry = (fa: string, en: string) => ({
    subject: 'rank' as const,
    terms: [
      { lang: 'fa' as const, text: fa, status: 'preferred' as const },
      { lang: 'en' as const, text: en, status: 'preferred' as const },
    ],
  });

  it('migrates a version-1 database with data: rows, ids, history and foreign keys intact', async () => {
    const { createApi } = await import('../../../src/server/create-api');
    const dir = tempDir();
    const v1Dir = join(dir, 'migrations');
    mkdirSync(v1Dir);
    copyFileSync(join(defaultMigrationsDir(), '001-initial.sql'), join(v1Dir, '001-initial.sql'));
    const file = join(dir, 'v1.sqlite');
    // Version 1's data written as version 1 stored it: today's repositories write columns (terms.later,
    // migration 005) that a version-1 schema does not have.
    const { openDatabase, loadMigrations } = await import('../../../src/server/db/open');
    const v1Db = openDatabase(file, { migrations: loadMigrations(v1Dir) });
    expect(v1Db.schemaVersion).toBe(1);
    const raw = v1Db.db;
    const at = '2026-01-01T00:00:00Z';
    const addEntry = (id: number, fa: string, en: string, note = ''): void => {
      raw
        .prepare(
          `INSERT INTO entries (id, subject, note, created_at, created_by, modified_at, modified_by)
           VALUES (?, 'rank', ?, ?, 'tester', ?, 'tester')`,
        )
        .run(id, note, at, at);
      const term = raw.prepare(
        `INSERT INTO terms (entry_id, position, lang, text, term_key, status) VALUES (?, ?, ?, ?, ?, 'preferred')`,
      );
      term.run(id, 0, 'fa', fa, fa);
      term.run(id, 1, 'en', en, en.toLowerCase());
    };
    addEntry(1, 'سرلشکر', 'Major General', 'two stars');
    addEntry(2, 'سرتیپ', 'Brigadier General');
    raw
      .prepare(
        `INSERT INTO entry_history (entry_id, at, by, action, before_json) VALUES (1, ?, 'tester', 'update', ?)`,
      )
      .run(at, JSON.stringify({ id: 1, note: '' }));
    // Entry 3 was added and deleted: only its history remains, and its id must never come back.
    raw
      .prepare(
        `INSERT INTO entry_history (entry_id, at, by, action, before_json) VALUES (3, ?, 'tester', 'delete', ?)`,
      )
      .run(at, JSON.stringify({ id: 3 }));
    raw.close();
    const a = { id: 1 };
    const b = { id: 2 };
    const c = { id: 3 };

    const v2 = createApi({ dbPath: file });
    try {
      expect(v2.schemaVersion).toBeGreaterThanOrEqual(2);
      const g2 = v2.services.glossary;
      expect(g2.all().map((e) => [e.id, e.note ?? '', e.terms.map((t) => t.text)])).toEqual([
        [1, 'two stars', ['سرلشکر', 'Major General']],
        [2, '', ['سرتیپ', 'Brigadier General']],
      ]);
      expect(g2.history(a.id).map((h) => h.action)).toEqual(['update', 'create']);
      expect(g2.history(c.id).map((h) => h.action)[0]).toBe('delete');
      // The id of the entry deleted before the migration is not handed out again.
      const d = g2.add(entry('سروان', 'Captain'));
      expect(d.id).toBeGreaterThan(c.id);
      expect(g2.history(d.id).map((h) => h.action)).toEqual(['create']);
      // Terms still cascade with their entry, and the schema says AUTOINCREMENT.
      g2.remove(b.id);
      const db = v2.services.db;
      expect(db.prepare('SELECT COUNT(*) AS n FROM terms WHERE entry_id = ?').get(b.id)).toEqual({ n: 0 });
      expect(db.pragma('foreign_key_check')).toEqual([]);
      const sql = (
        db.prepare("SELECT sql FROM sqlite_master WHERE name = 'entries'").get() as { sql: string }
      ).sql;
      expect(sql).toMatch(/AUTOINCREMENT/);
      // The terms table still points at the rebuilt entries table.
      expect(db.pragma('foreign_key_list(terms)')).toEqual([expect.objectContaining({ table: 'entries' })]);
    } finally {
      v2.close();
    }
  });

  it('gives a new entry a fresh id after the newest entry was deleted, with none of its history', async () => {
    const { createApi } = await import('../../../src/server/create-api');
    const api = createApi({ dbPath: join(tempDir(), 'ids.sqlite') });
    try {
      const g = api.services.glossary;
      g.add(entry('سرلشکر', 'Major General'));
      const newest = g.add(entry('سرتیپ', 'Brigadier General'));
      g.remove(newest.id);
      const next = g.add(entry('سرهنگ', 'Colonel'));
      expect(next.id).toBeGreaterThan(newest.id);
      expect(g.history(next.id).map((h) => h.action)).toEqual(['create']);
    } finally {
      api.close();
    }
  });
});
