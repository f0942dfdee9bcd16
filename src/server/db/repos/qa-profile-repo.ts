import type { QaCheckSetting, QaSeverity } from '../../../shared/model';
import type { Db } from '../open';

/** The stored QA profile: one row per check (check id → on/off and severity). */
export function createQaProfileRepo(db: Db) {
  const stmts = {
    all: db.prepare('SELECT check_id, enabled, severity FROM qa_profile'),
    clear: db.prepare('DELETE FROM qa_profile'),
    put: db.prepare('INSERT INTO qa_profile (check_id, enabled, severity) VALUES (?, ?, ?)'),
  };
  return {
    all(): Record<string, QaCheckSetting> {
      const out: Record<string, QaCheckSetting> = {};
      const rows = stmts.all.all() as { check_id: string; enabled: number; severity: QaSeverity }[];
      for (const r of rows) out[r.check_id] = { enabled: r.enabled === 1, severity: r.severity };
      return out;
    },
    /** Replaces the whole profile (call inside a write transaction). */
    replace(checks: Readonly<Record<string, QaCheckSetting>>): void {
      stmts.clear.run();
      for (const [id, s] of Object.entries(checks)) stmts.put.run(id, s.enabled ? 1 : 0, s.severity);
    },
  };
}

export type QaProfileRepo = ReturnType<typeof createQaProfileRepo>;
