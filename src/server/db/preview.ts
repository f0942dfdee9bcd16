/**
 * Runs a write as usual, or as a preview: the same statements inside a transaction that is then rolled
 * back, so "what will change" is computed by exactly the code that would change it.
 */
import type { Db } from './open';

class PreviewRollback extends Error {}

export function writeOrPreview<T>(db: Db, preview: boolean, fn: () => T): T {
  if (!preview) return db.transaction(fn)();
  let result: { value: T } | undefined;
  try {
    db.transaction(() => {
      result = { value: fn() };
      throw new PreviewRollback();
    })();
  } catch (e) {
    if (!(e instanceof PreviewRollback)) throw e;
  }
  return result!.value;
}
