import type { Db } from '../open';

/** Keys of QA findings the translator chose to ignore. */
export function createQaIgnoredRepo(db: Db) {
  const stmts = {
    all: db.prepare('SELECT key FROM qa_ignored'),
    ignore: db.prepare(
      'INSERT INTO qa_ignored (key, at) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET at = excluded.at',
    ),
    unignore: db.prepare('DELETE FROM qa_ignored WHERE key = ?'),
  };
  return {
    keys(): Set<string> {
      return new Set((stmts.all.all() as { key: string }[]).map((r) => r.key));
    },
    ignore(key: string, at: string): void {
      stmts.ignore.run(key, at);
    },
    unignore(key: string): void {
      stmts.unignore.run(key);
    },
  };
}

export type QaIgnoredRepo = ReturnType<typeof createQaIgnoredRepo>;
