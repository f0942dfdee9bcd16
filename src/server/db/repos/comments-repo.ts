import type { SegmentComment } from '../../../shared/model';
import type { Db } from '../open';
import { lazyStatements } from './lazy-statements';

interface CommentRow {
  id: number;
  document_id: number;
  idx: number;
  author: string;
  at: string;
  text: string;
  resolved: number;
}

const toComment = (r: CommentRow): SegmentComment => ({
  id: r.id,
  documentId: r.document_id,
  index: r.idx,
  author: r.author,
  at: r.at,
  text: r.text,
  resolved: r.resolved === 1,
});

const COLUMNS = 'id, document_id, idx, author, at, text, resolved';

/** The only SQL over segment_comments. */
export function createCommentsRepo(db: Db) {
  const stmts = lazyStatements(db, {
    byDocument: `SELECT ${COLUMNS} FROM segment_comments WHERE document_id = ? ORDER BY idx, id`,
    byId: `SELECT ${COLUMNS} FROM segment_comments WHERE id = ?`,
    insert: 'INSERT INTO segment_comments (document_id, idx, author, at, text) VALUES (?, ?, ?, ?, ?)',
    resolve: 'UPDATE segment_comments SET resolved = ? WHERE id = ?',
    remove: 'DELETE FROM segment_comments WHERE id = ?',
  });
  return {
    byDocument: (documentId: number): SegmentComment[] =>
      (stmts.byDocument.all(documentId) as CommentRow[]).map(toComment),
    byId(id: number): SegmentComment | undefined {
      const row = stmts.byId.get(id) as CommentRow | undefined;
      return row && toComment(row);
    },
    insert: (documentId: number, index: number, author: string, at: string, text: string): number =>
      Number(stmts.insert.run(documentId, index, author, at, text).lastInsertRowid),
    setResolved: (id: number, resolved: boolean): boolean =>
      stmts.resolve.run(resolved ? 1 : 0, id).changes > 0,
    remove: (id: number): boolean => stmts.remove.run(id).changes > 0,
  };
}

export type CommentsRepo = ReturnType<typeof createCommentsRepo>;
