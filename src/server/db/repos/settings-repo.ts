import type { Db } from '../open';

/** The `settings` key/value table: UI settings, counters and one-time flags, each under its own key. */
export function createSettingsRepo(db: Db) {
  const stmts = {
    get: db.prepare('SELECT value FROM settings WHERE key = ?'),
    put: db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    ),
    bump: db.prepare(
      `INSERT INTO settings (key, value) VALUES (?, '1')
       ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1`,
    ),
  };
  return {
    get(key: string): string | undefined {
      return (stmts.get.get(key) as { value: string } | undefined)?.value;
    },
    set(key: string, value: string): void {
      stmts.put.run(key, value);
    },
    /** Adds one to a counter (a missing counter becomes 1). */
    bump(key: string): void {
      stmts.bump.run(key);
    },
  };
}

export type SettingsRepo = ReturnType<typeof createSettingsRepo>;
