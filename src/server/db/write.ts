import { AppError } from '../../shared/errors';
import type { Db } from './open';

/** SQLITE_BUSY and SQLITE_LOCKED with their extended codes (SQLITE_BUSY_SNAPSHOT, SQLITE_LOCKED_SHAREDCACHE…). */
export function isBusyError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)(_|$)/.test(code);
}

/** The one place a locked database becomes a user-facing error: a clear code, never `internal`. */
export function busyToAppError(db: Db, err: unknown): unknown {
  return isBusyError(err) ? new AppError('db_busy', { file: db.name }) : err;
}

/**
 * Runs `fn` as a write transaction that takes the write lock when it begins (BEGIN IMMEDIATE). A deferred
 * transaction that reads and then writes upgrades its lock mid-way, and SQLite skips the busy handler on
 * that upgrade, so a concurrent writer would fail at once instead of waiting out busy_timeout. Inside an
 * open transaction it nests as a savepoint. Still busy after the timeout → AppError('db_busy').
 */
export function writeTx<T>(db: Db, fn: () => T): T {
  try {
    return db.transaction(fn).immediate();
  } catch (err) {
    throw busyToAppError(db, err);
  }
}

/**
 * writeTx for a job that awaits checkpoints inside its transaction (better-sqlite3's transaction helper
 * refuses an async function): BEGIN IMMEDIATE, then COMMIT when `fn` resolves — or ROLLBACK when it
 * throws (a cancel, bad input) or when `commit` is false (a preview). The connection stays in the
 * transaction across the awaits, so the caller must own it meanwhile: the jobs host runs one job at a
 * time per connection (jobs/job-lane.ts) and short calls use their own connection.
 */
export async function writeTxAsync<T>(db: Db, fn: () => Promise<T>, commit = true): Promise<T> {
  if (db.inTransaction) throw new Error('writeTxAsync cannot run inside an open transaction');
  try {
    db.exec('BEGIN IMMEDIATE');
  } catch (err) {
    throw busyToAppError(db, err);
  }
  try {
    const value = await fn();
    if (commit) db.exec('COMMIT');
    return value;
  } catch (err) {
    throw busyToAppError(db, err);
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK');
  }
}
