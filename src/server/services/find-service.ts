/**
 * Find and replace across documents. The rules (spelling-insensitive Persian search, the regex guard, the
 * replace plan and the status a replace leaves) are in core/editor; this service feeds them the stored
 * segments and writes a replace in one IMMEDIATE transaction together with its undo record.
 */
import { writeTx } from '../db/write';
import {
  compileFinder,
  findInSegments,
  type FindHit,
  type FindOptions,
  type FindSegment,
} from '../../core/editor/find';
import { planReplace } from '../../core/editor/replace';
import type { ReplaceResult, UndoReplaceResult } from '../../shared/api';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/open';
import type { DocumentsRepo } from '../db/repos/documents-repo';
import type { ReplaceBatchesRepo } from '../db/repos/replace-batches-repo';

export interface FindInput extends FindOptions {
  query: string;
  /** Limit to these documents (default: all). */
  documentIds?: number[] | undefined;
}

export interface ReplaceInput extends Omit<FindOptions, 'field'> {
  query: string;
  replacement: string;
  documentIds?: number[] | undefined;
  /** "documentId:index" keys: replace one by one from the result list. */
  segments?: string[] | undefined;
  dryRun?: boolean | undefined;
}

export function createFindService(
  db: Db,
  documents: DocumentsRepo,
  batches: ReplaceBatchesRepo,
  now: () => string,
) {
  function* segmentsOf(ids: number[] | undefined): Generator<FindSegment> {
    const all = documents.list();
    const wanted = ids ? new Set(ids) : undefined;
    for (const id of wanted ?? []) {
      if (!all.some((d) => d.id === id)) throw new AppError('not_found', { what: 'document', id });
    }
    for (const d of all) {
      if (wanted && !wanted.has(d.id)) continue;
      for (const s of documents.iterateSegments(d.id)) yield { ...s, documentId: d.id, documentName: d.name };
    }
  }

  return {
    search(input: FindInput): { hits: FindHit[]; truncated: boolean } {
      const finder = compileFinder(input.query, input);
      return findInSegments(segmentsOf(input.documentIds), finder, input.field);
    },

    replace(input: ReplaceInput): ReplaceResult {
      const only = input.segments ? new Set(input.segments) : undefined;
      const run = (): ReplaceResult => {
        // Planned inside the write transaction, so the texts it replaces are the ones it overwrites.
        const plan = planReplace(
          [...segmentsOf(input.documentIds)],
          input.query,
          input.replacement,
          input,
          only,
        );
        if (input.dryRun || plan.changes.length === 0) return { ...plan, applied: false };
        const at = now();
        for (const c of plan.changes) documents.saveTarget(c.documentId, c.index, c.after, c.statusAfter, at);
        const batchId = batches.insert(at, input.query, input.replacement, plan.changes);
        return { ...plan, applied: true, batchId };
      };
      return input.dryRun ? run() : writeTx(db, run);
    },

    undoReplace(batchId: number): UndoReplaceResult {
      return writeTx(db, (): UndoReplaceResult => {
        const batch = batches.batch(batchId);
        if (!batch) throw new AppError('not_found', { what: 'replace', id: batchId });
        if (batch.undone_at)
          throw new AppError('conflict', { field: 'replace', value: `${batchId} already undone` });
        const at = now();
        const skipped: UndoReplaceResult['skipped'] = [];
        let restored = 0;
        for (const c of batches.changes(batchId)) {
          const current = documents.segment(c.documentId, c.index);
          if (!current || current.target !== c.after) {
            skipped.push({ documentId: c.documentId, index: c.index });
            continue;
          }
          documents.saveTarget(c.documentId, c.index, c.before, c.statusBefore, at);
          restored++;
        }
        batches.markUndone(batchId, at);
        return { restored, skipped };
      });
    },
  };
}

export type FindService = ReturnType<typeof createFindService>;
