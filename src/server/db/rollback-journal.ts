/**
 * A bulk load written into the database file once (issue 14.2). In WAL mode every page a load writes is
 * written twice: into the WAL, and again by the checkpoint that the COMMIT runs, which copies the whole
 * WAL into the file (a 300,000-unit TMX: 123 MB copied inside the COMMIT, 0.55–0.63 s of a 6 s load).
 * Under a rollback journal the pages a load appends go straight into the file and are not journaled
 * (they held nothing to restore), so the COMMIT only syncs: measured, that COMMIT took 0.26–0.28 s, and
 * a 100,000-unit one 0.09 s instead of 0.18–0.23 s. The transaction is as durable and all-or-nothing as
 * before: a crash leaves a hot journal that the next open rolls back.
 *
 * Leaving WAL needs the database to itself. With any other connection open (the app, the browser
 * server's two connections, another `barabar`) the switch fails at once and the load runs in WAL as
 * before; while a load runs under the journal, another process that opens the database waits for it
 * (busy_timeout) and then gets `db_busy`, where in WAL it could have read. WAL comes back when the load
 * ends, committed or not; should another process hold the database just then, the next open switches
 * it back (open.ts), as it does for every file.
 */
import type { Db } from './open';
import { isBusyError, retryWhileBusy } from './write';

/**
 * Runs `load` (which opens and commits its own write transaction) with the database under a rollback
 * journal when nothing else has it open, else as it is. Call it outside any transaction.
 */
export async function inRollbackJournal<T>(db: Db, load: () => Promise<T>): Promise<T> {
  const switched = leaveWal(db);
  try {
    return await load();
  } finally {
    if (switched) backToWal(db);
  }
}

/**
 * Switches to a rollback journal if the database is in WAL and no other connection has it open. With one
 * open, SQLite refuses at once (SQLITE_BUSY, without calling the busy handler).
 */
function leaveWal(db: Db): boolean {
  if (db.memory || db.inTransaction || db.pragma('journal_mode', { simple: true }) !== 'wal') return false;
  try {
    return db.pragma('journal_mode = DELETE', { simple: true }) === 'delete';
  } catch (err) {
    if (isBusyError(err)) return false;
    throw err;
  }
}

function backToWal(db: Db): void {
  try {
    // As long as the connection waits for any lock (its busy_timeout, set by open.ts).
    const timeoutMs = db.pragma('busy_timeout', { simple: true }) as number;
    retryWhileBusy(() => db.pragma('journal_mode = WAL'), timeoutMs);
  } catch (err) {
    // Another process has the database (it waited for the load): the next open switches it back.
    if (!isBusyError(err)) throw err;
  }
}
