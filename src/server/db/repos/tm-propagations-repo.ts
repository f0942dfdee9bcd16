import type { SegmentStatus } from '../../../shared/model';
import type { Db } from '../open';

export interface PropagationRow {
  batch: number;
  document_id: number;
  segment_idx: number;
  prev_target: string;
  prev_status: SegmentStatus;
  target: string;
}

/** tm_propagations: which segments got their translation by propagation, and what they held before. */
export function createTmPropagationsRepo(db: Db) {
  const nextBatch = db.prepare('SELECT COALESCE(MAX(batch), 0) + 1 FROM tm_propagations').pluck();
  const record = db.prepare(
    `INSERT INTO tm_propagations (batch, document_id, segment_idx, prev_target, prev_status, target, at)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (document_id, segment_idx) DO UPDATE SET batch = excluded.batch, target = excluded.target,
       at = excluded.at`,
  );
  const ofBatch = db.prepare('SELECT * FROM tm_propagations WHERE batch = ?');
  const lastBatch = db.prepare('SELECT MAX(batch) FROM tm_propagations').pluck();
  const ofDocument = db.prepare('SELECT * FROM tm_propagations WHERE document_id = ? ORDER BY segment_idx');
  const forget = db.prepare('DELETE FROM tm_propagations WHERE document_id = ? AND segment_idx = ?');
  const forgetBatch = db.prepare('DELETE FROM tm_propagations WHERE batch = ?');
  return {
    nextBatch: (): number => nextBatch.get() as number,
    record: (
      batch: number,
      documentId: number,
      idx: number,
      prev: { target: string; status: SegmentStatus },
      target: string,
      at: string,
    ): void => {
      record.run(batch, documentId, idx, prev.target, prev.status, target, at);
    },
    ofBatch: (batch: number): PropagationRow[] => ofBatch.all(batch) as PropagationRow[],
    lastBatch: (): number | undefined => (lastBatch.get() as number | null) ?? undefined,
    ofDocument: (documentId: number): PropagationRow[] => ofDocument.all(documentId) as PropagationRow[],
    forget: (documentId: number, idx: number): void => {
      forget.run(documentId, idx);
    },
    forgetBatch: (batch: number): void => {
      forgetBatch.run(batch);
    },
  };
}

export type TmPropagationsRepo = ReturnType<typeof createTmPropagationsRepo>;
