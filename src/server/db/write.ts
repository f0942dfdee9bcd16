import { AppError } from '../../shared/errors';
import type { Db } from './open';

/**
 * SQLITE_BUSY and SQLITE_LOCKED with their extended codes (SQLITE_BUSY_SNAPSHOT, SQLITE_LOCKED_SHAREDCACHE…),
 * and SQLITE_PROTOCOL: a WAL lock SQLite gave up retrying under heavy contention (its docs: retry).
 */
export function isBusyError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED|PROTOCOL)(_|$)/.test(code);
}

/**
 * Runs `fn` again while it fails on a busy database, sleeping a little longer each time, until `timeoutMs`
 * has passed (then its last error is thrown). For the few statements SQLite fails at once instead of
 * calling the busy handler: two connections that both hold a read lock and both want the write lock
 * (SQLite refuses one at once to avoid a deadlock), as when several processes switch a new file to WAL.
 */
export function retryWhileBusy<T>(
  fn: () => T,
  timeoutMs: number,
  sleep: (ms: number) => void = sleepSync,
  now: () => number = Date.now,
): T {
  const deadline = now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    try {
      return fn();
    } catch (err) {
      if (!isBusyError(err) || now() >= deadline) throw err;
      sleep(Math.min(5 * 2 ** Math.min(attempt, 6), Math.max(1, deadline - now())));
    }
  }
}

/** Blocks the thread (only while opening a database: nothing else can run before it is open). */
function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
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
