import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { busyToAppError, retryWhileBusy, writeTx } from './write';

export type Db = Database.Database;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function defaultMigrationsDir(): string {
  return join(dirname(fileURLToPath(import.meta.url)), 'migrations');
}

/** Migrations are `NNN-name.sql` files; the number is the schema version the file brings the database to. */
export function loadMigrations(dir: string = defaultMigrationsDir()): Migration[] {
  const migrations = readdirSync(dir)
    .filter((f) => /^\d{3}-[a-z0-9-]+\.sql$/.test(f))
    .sort()
    .map((f): Migration => {
      // Read when applied: a database already at the latest version (every CLI start) reads no SQL.
      let sql: string | undefined;
      return {
        version: Number(f.slice(0, 3)),
        name: f,
        get sql() {
          return (sql ??= readFileSync(join(dir, f), 'utf8'));
        },
      };
    });
  // Numbers are reserved per change and merged in any order, so a number may be unused (a gap); they only
  // have to rise, starting at 001.
  migrations.forEach((m, i) => {
    const prev = i === 0 ? 0 : (migrations[i - 1]?.version ?? 0);
    if (i === 0 ? m.version !== 1 : m.version <= prev)
      throw new Error(`migration ${m.name} is out of sequence (after version ${prev})`);
  });
  return migrations;
}

export interface OpenOptions {
  migrations?: Migration[];
  /** Path to a better_sqlite3.node built for the running runtime (Electron needs its own ABI build). */
  nativeBinding?: string | undefined;
  readonly?: boolean;
  /** How long a statement waits for another connection's lock before failing with db_busy. */
  busyTimeoutMs?: number | undefined;
}

/**
 * Opens (creating if needed) a Barabar database: WAL journal, foreign keys on, pending migrations applied
 * in one IMMEDIATE transaction each. A database whose schema is newer than this code is refused rather than
 * risked. Several processes may open a new file at once: the version is re-read under the write lock, so
 * exactly one of them migrates and the others find the work done.
 */
export function openDatabase(file: string, opts: OpenOptions = {}): { db: Db; schemaVersion: number } {
  const migrations = opts.migrations ?? loadMigrations();
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {});
  try {
    // First: every later statement, switching to WAL included, then waits for other processes' locks.
    const busyTimeoutMs = opts.busyTimeoutMs ?? 5000;
    db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    // A new file starts in rollback mode: processes opening it at once all read it and then all want the
    // exclusive lock to switch it to WAL, and SQLite refuses all but one at once (no busy handler).
    retryWhileBusy(() => db.pragma('journal_mode = WAL'), busyTimeoutMs);
    db.pragma('foreign_keys = ON');
    // FULL: a confirmed segment survives even a power cut, not just a crash. Saves are small and bulk
    // imports are one transaction each, so the extra fsync per commit costs little.
    db.pragma('synchronous = FULL');
    // 64 MB page cache: bulk glossary imports touch several indexes at once.
    db.pragma('cache_size = -65536');
    const latest = migrations.at(-1)?.version ?? 0;
    if (schemaVersion(db, file, latest) < latest) migrate(db, file, migrations);
    return { db, schemaVersion: latest };
  } catch (err) {
    db.close();
    throw busyToAppError(db, err);
  }
}

function schemaVersion(db: Db, file: string, latest: number): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) throw new AppError('db_too_new', { file, dbVersion: current, codeVersion: latest });
  return current;
}

/**
 * Foreign keys are off while migrating (a migration may rebuild a table that others reference, as SQLite's
 * ALTER TABLE procedure requires; the pragma cannot change inside a transaction) and checked before commit.
 */
function migrate(db: Db, file: string, migrations: readonly Migration[]): void {
  db.pragma('foreign_keys = OFF');
  try {
    // One transaction per migration, so a failing one leaves the database at the last good version.
    let pending = true;
    while (pending) {
      pending = writeTx(db, () => {
        const current = schemaVersion(db, file, migrations.at(-1)?.version ?? 0);
        const m = migrations.find((x) => x.version > current);
        if (!m) return false;
        db.exec(m.sql);
        const broken = db.pragma('foreign_key_check') as unknown[];
        if (broken.length > 0) throw new Error(`migration ${m.name} broke ${broken.length} foreign key(s)`);
        db.pragma(`user_version = ${m.version}`);
        return true;
      });
    }
  } finally {
    db.pragma('foreign_keys = ON');
  }
}
