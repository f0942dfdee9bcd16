/**
 * The Word review round trip: a bilingual .docx table out, the reviewer's edits back in. An import is
 * validated in full before anything is written, and the plan is made and applied in one transaction so a
 * save between reading the file and applying it cannot be overwritten unseen.
 */
import { planReview, type ReviewRowOut } from '../../core/formats/review';
import { AppError } from '../../shared/errors';
import type { ReviewImportReport } from '../../shared/model';
import type { Db } from '../db/open';
import type { CommentsRepo } from '../db/repos/comments-repo';
import { checkpoint, quietCall, type JobCall } from '../jobs/job-call';
import { writeOrPreview } from '../db/preview';
import { readReviewDocx } from '../formats/read-review';
import { writeReviewDocx } from '../formats/word-review';
import type { DocumentsService } from './documents-service';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface ReviewDeps {
  /** The reviewer's notes from the comments column become segment comments (the thread the editor shows). */
  comments: CommentsRepo;
  now(): string;
  /** Open comments by segment index: they fill the sheet's comments column. */
  notesOf?: (documentId: number) => ReadonlyMap<number, readonly string[]>;
}

export function createReviewService(db: Db, documents: DocumentsService, version: string, deps: ReviewDeps) {
  /**
   * Stores the file's comments on their segments, once: importing the same file again (or a preview then
   * the import) does not repeat a note the segment already has. Returns how many were added.
   */
  const storeComments = (documentId: number, file: string, notes: { segment: number; comment: string }[]) => {
    const existing = new Set(deps.comments.byDocument(documentId).map((c) => `${c.index}\u0000${c.text}`));
    let added = 0;
    const at = deps.now();
    for (const n of notes) {
      const key = `${n.segment - 1}\u0000${n.comment}`;
      if (existing.has(key)) continue;
      existing.add(key);
      // The author is the file the note came from: the reviewer's name is not in the table.
      deps.comments.insert(documentId, n.segment - 1, file, at, n.comment);
      added++;
    }
    return added;
  };

  return {
    async exportDocx(documentId: number): Promise<{ fileName: string; mime: string; bytes: Uint8Array }> {
      const summary = documents.summary(documentId);
      if (!summary) throw new AppError('not_found', { what: 'document', id: documentId });
      const notes = deps.notesOf?.(documentId) ?? new Map<number, readonly string[]>();
      const rows: ReviewRowOut[] = documents.segments(documentId).map((s) => ({
        number: s.index + 1,
        source: s.source,
        target: s.target,
        status: s.status,
        comment: (notes.get(s.index) ?? []).join('; '),
      }));
      const bytes = await writeReviewDocx(rows, {
        documentName: summary.name,
        creator: `Barabar ${version}`,
      });
      return { fileName: `${summary.name.replace(/\.[^.]+$/u, '')}.review.docx`, mime: DOCX_MIME, bytes };
    },

    /** `documentId` overrides the document named in the file (a reviewer may have deleted that line). */
    async importDocx(
      bytes: Uint8Array,
      file: string,
      opts: { documentId?: number | undefined; dryRun?: boolean | undefined } = {},
      call: JobCall = quietCall(),
    ): Promise<ReviewImportReport> {
      const { documentId, dryRun = false } = opts;
      await checkpoint(call, { phase: 'read', done: 0, total: 0 });
      const sheet = await readReviewDocx(bytes, file);
      // The last chance to cancel: the plan is made and applied in one transaction.
      await checkpoint(call, { phase: 'write', done: 0, total: sheet.rows.length });
      const doc =
        documentId !== undefined
          ? documents.summary(documentId)
          : sheet.documentName !== undefined
            ? documents.list().find((d) => d.name === sheet.documentName)
            : undefined;
      if (!doc) {
        if (documentId === undefined && sheet.documentName === undefined) {
          throw new AppError('parse', {
            file,
            reason: 'the file does not name its document; choose the document',
          });
        }
        throw new AppError('not_found', { what: 'document', id: documentId ?? sheet.documentName ?? '' });
      }
      return writeOrPreview(db, dryRun, (): ReviewImportReport => {
        const plan = planReview(file, sheet.rows, documents.segments(doc.id));
        for (const c of plan.changes) {
          documents.saveTarget({ documentId: doc.id, index: c.index, target: c.target, status: 'reviewed' });
        }
        const commentsAdded = storeComments(doc.id, file, plan.comments);
        return {
          file,
          documentId: doc.id,
          document: doc.name,
          applied: plan.changes.map((c) => ({ segment: c.index + 1, before: c.before, after: c.target })),
          unchanged: plan.unchanged,
          emptied: plan.empty,
          comments: plan.comments,
          commentsAdded,
          dryRun,
        };
      });
    },
  };
}

export type ReviewService = ReturnType<typeof createReviewService>;
