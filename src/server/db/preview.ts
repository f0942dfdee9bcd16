/**
 * Runs a write as usual (writeTx: BEGIN IMMEDIATE, busy → db_busy), or as a preview: the same statements
 * inside an immediate transaction that is then rolled back, so "what will change" is computed by exactly
 * the code that would change it.
 */
import type { Db } from './open';
import { busyToAppError, writeTx, writeTxAsync } from './write';

class PreviewRollback extends Error {}

export function writeOrPreview<T>(db: Db, preview: boolean, fn: () => T): T {
  if (!preview) return writeTx(db, fn);
  let result: { value: T } | undefined;
  try {
    db.transaction(() => {
      result = { value: fn() };
      throw new PreviewRollback();
    }).immediate();
  } catch (e) {
    if (!(e instanceof PreviewRollback)) throw busyToAppError(db, e);
  }
  return result!.value;
}

/** writeOrPreview for a job that awaits checkpoints inside its transaction (see writeTxAsync). */
export function writeOrPreviewAsync<T>(db: Db, preview: boolean, fn: () => Promise<T>): Promise<T> {
  return writeTxAsync(db, fn, !preview);
}
