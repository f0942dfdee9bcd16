import type { Statement } from 'better-sqlite3';
import type { Db } from './open';

/**
 * Rows per INSERT statement in a bulk load. One statement of 32 rows instead of 32 statements cut
 * SQLite's share of a 100,000-entry glossary load from 1.46–1.64 s to 0.95–1.03 s of CPU (issue 14.2):
 * the per-statement work (binding, the VDBE's setup, AUTOINCREMENT's sequence update) is paid once per
 * 32 rows. More rows per statement measured the same.
 */
export const BULK_ROWS = 32;

/**
 * Columns whose value is the same in every row of a load, by the name of the parameter that carries it
 * (`{ created_at: 'at', modified_at: 'at' }`): bound once per statement instead of once per row. Each
 * string bound is converted to UTF-8 by the driver; an entry's four time and user columns made 4 of its 10
 * bindings, and sharing them took about 15% off the glossary insert's CPU (micro-bench, 100,000 entries).
 */
export type SharedColumns = Readonly<Record<string, string>>;

/**
 * `INSERT INTO table (columns) VALUES (?, …), …` for a given number of rows, each size prepared on first
 * use (a load needs the full size and one for its last rows). Parameters are positional, row after row,
 * for every column not in `shared`; the shared ones are named (`@at`) and bound once:
 * `stmt.run(values, { at })`.
 */
export function bulkInsert(
  db: Db,
  table: string,
  columns: readonly string[],
  shared: SharedColumns = {},
): (rows: number) => Statement {
  const row = `(${columns.map((c) => (shared[c] === undefined ? '?' : `@${shared[c]}`)).join(', ')})`;
  const prepared = new Map<number, Statement>();
  return (rows) => {
    let stmt = prepared.get(rows);
    if (stmt === undefined) {
      const values = Array.from({ length: rows }, () => row).join(', ');
      stmt = db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values}`);
      prepared.set(rows, stmt);
    }
    return stmt;
  };
}
