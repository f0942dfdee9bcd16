import type { Db } from './open';

/**
 * Sets the connection's page cache for a bulk write (raised so index pages are not spilled and rewritten,
 * or lowered to bound a small import's memory) and returns the function that puts the previous size back.
 * Pragmas live here, with the rest of the SQL.
 */
export function enlargePageCache(db: Db, kib: number): () => void {
  const previous = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = -${kib}`);
  return () => {
    db.pragma(`cache_size = ${previous}`);
  };
}
