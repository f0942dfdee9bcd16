import type { Statement } from 'better-sqlite3';
import type { Db } from '../open';

/**
 * Statements prepared on first use. Tables added by a later migration must not break opening a database
 * held at an older schema version (tests open version-1 files through the full API to check upgrades).
 */
export function lazyStatements<K extends string>(db: Db, sql: Record<K, string>): Record<K, Statement> {
  const cache = new Map<K, Statement>();
  return new Proxy({} as Record<K, Statement>, {
    get(_target, key: string) {
      const k = key as K;
      let stmt = cache.get(k);
      if (!stmt) {
        stmt = db.prepare(sql[k]);
        cache.set(k, stmt);
      }
      return stmt;
    },
  });
}
