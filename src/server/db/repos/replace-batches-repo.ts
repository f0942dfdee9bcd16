import type { ReplaceChange } from '../../../core/editor/replace';
import type { SegmentStatus } from '../../../shared/model';
import type { Db } from '../open';
import { lazyStatements } from './lazy-statements';

export interface StoredChange {
  documentId: number;
  index: number;
  before: string;
  after: string;
  statusBefore: SegmentStatus;
  statusAfter: SegmentStatus;
}

interface ChangeRow {
  document_id: number;
  idx: number;
  before: string;
  after: string;
  status_before: SegmentStatus;
  status_after: SegmentStatus;
}

/** The only SQL over replace_batches and replace_changes (one undo per replace-all). */
export function createReplaceBatchesRepo(db: Db) {
  const stmts = lazyStatements(db, {
    insertBatch: 'INSERT INTO replace_batches (at, query, replaced) VALUES (?, ?, ?)',
    insertChange: `INSERT INTO replace_changes (batch_id, document_id, idx, before, after, status_before, status_after)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    batch: 'SELECT id, undone_at FROM replace_batches WHERE id = ?',
    changes: `SELECT document_id, idx, before, after, status_before, status_after
       FROM replace_changes WHERE batch_id = ? ORDER BY document_id, idx`,
    markUndone: 'UPDATE replace_batches SET undone_at = ? WHERE id = ?',
  });
  return {
    insert(at: string, query: string, replaced: string, changes: readonly ReplaceChange[]): number {
      const id = Number(stmts.insertBatch.run(at, query, replaced).lastInsertRowid);
      for (const c of changes)
        stmts.insertChange.run(id, c.documentId, c.index, c.before, c.after, c.statusBefore, c.statusAfter);
      return id;
    },
    batch: (id: number): { id: number; undone_at: string | null } | undefined =>
      stmts.batch.get(id) as { id: number; undone_at: string | null } | undefined,
    changes: (id: number): StoredChange[] =>
      (stmts.changes.all(id) as ChangeRow[]).map((r) => ({
        documentId: r.document_id,
        index: r.idx,
        before: r.before,
        after: r.after,
        statusBefore: r.status_before,
        statusAfter: r.status_after,
      })),
    markUndone: (id: number, at: string): void => void stmts.markUndone.run(at, id),
  };
}

export type ReplaceBatchesRepo = ReturnType<typeof createReplaceBatchesRepo>;
