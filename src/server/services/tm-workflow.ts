/**
 * What the translation memory does to documents: repetitions propagated on confirm (with one undo per
 * batch), pre-translation from the memory, and the analysis table by band.
 */
import { writeTx } from '../db/write';
import { addBands, bandOf, countBands, emptyBands, exactKey, tmKeys, wordCount } from '../../core/tm';
import { AppError } from '../../shared/errors';
import type { Segment } from '../../shared/model';
import type { TmAnalysis, TmPretranslateReport, TmPropagation } from '../../shared/tm';
import type { Db } from '../db/open';
import { createTmPropagationsRepo } from '../db/repos/tm-propagations-repo';
import type { DocumentsService } from './documents-service';
import type { TmService } from './tm-service';

const CONFIRMED = new Set(['translated', 'reviewed', 'final']);

export function createTmWorkflow(
  db: Db,
  deps: { documents: DocumentsService; tm: TmService; now: () => string },
) {
  const propagations = createTmPropagationsRepo(db);
  const { documents, tm } = deps;

  const segmentOf = (documentId: number, index: number): Segment => {
    for (const s of documents.iterateSegments(documentId)) if (s.index === index) return s;
    throw new AppError('not_found', { what: 'segment', id: `${documentId}:${index}` });
  };

  return {
    /**
     * Gives a confirmed segment's translation, as drafts, to the untranslated segments with the same
     * source (by match key) in its document, or in every document. Returns the batch for undo.
     */
    propagate(input: { documentId: number; index: number; allDocuments?: boolean }): TmPropagation {
      const from = segmentOf(input.documentId, input.index);
      if (!CONFIRMED.has(from.status) || from.target.trim() === '')
        throw new AppError('validation', { field: 'index', message: 'the segment is not confirmed' });
      const key = exactKey(tmKeys(from.source));
      const changed: { documentId: number; index: number }[] = [];
      let batch: number | null = null;
      writeTx(db, () => {
        const docs = input.allDocuments ? documents.allIds() : [input.documentId];
        for (const d of docs) {
          const targets = [...documents.iterateSegments(d)].filter(
            (s) =>
              !(d === input.documentId && s.index === input.index) &&
              s.status === 'new' &&
              exactKey(tmKeys(s.source)) === key,
          );
          for (const s of targets) {
            batch ??= propagations.nextBatch();
            propagations.record(batch, d, s.index, s, from.target, deps.now());
            documents.saveTarget({ documentId: d, index: s.index, target: from.target, status: 'draft' });
            changed.push({ documentId: d, index: s.index });
          }
        }
      });
      return { batch, segments: changed };
    },

    /**
     * Undoes a propagation batch (the last one by default). A segment edited since keeps its edit; only
     * segments still holding the propagated draft are restored.
     */
    undoPropagation(input: { batch?: number } = {}): TmPropagation {
      const batch = input.batch ?? propagations.lastBatch();
      if (batch === undefined) return { batch: null, segments: [] };
      const restored: { documentId: number; index: number }[] = [];
      writeTx(db, () => {
        for (const p of propagations.ofBatch(batch)) {
          const now = segmentOf(p.document_id, p.segment_idx);
          if (now.target === p.target && now.status === 'draft') {
            documents.saveTarget({
              documentId: p.document_id,
              index: p.segment_idx,
              target: p.prev_target,
              status: p.prev_status,
            });
            restored.push({ documentId: p.document_id, index: p.segment_idx });
          }
        }
        propagations.forgetBatch(batch);
      });
      return { batch, segments: restored };
    },

    /** Segments of a document that hold a propagated draft (for the editor's mark). */
    propagated(documentId: number): number[] {
      return propagations
        .ofDocument(documentId)
        .filter((p) => {
          const s = segmentOf(documentId, p.segment_idx);
          return s.status === 'draft' && s.target === p.target;
        })
        .map((p) => p.segment_idx);
    },

    /**
     * Fills untranslated segments from the memory at or above `min`: drafts, or confirmed when
     * `confirmExact` and the match is 100%. Reports filled segments and words by band.
     */
    pretranslate(input: {
      documentIds: number[];
      min?: number;
      confirmExact?: boolean;
    }): TmPretranslateReport {
      const min = input.min ?? 100;
      const bands = emptyBands();
      let filled = 0;
      let confirmed = 0;
      writeTx(db, () => {
        for (const d of input.documentIds) {
          for (const s of [...documents.iterateSegments(d)]) {
            if (s.status !== 'new' || s.target.trim() !== '') continue;
            const best = tm.lookup(s.source, { min, max: 1 })[0];
            if (!best) continue;
            const confirm = input.confirmExact === true && best.score === 100;
            const saved = documents.saveTarget({
              documentId: d,
              index: s.index,
              target: best.target,
              status: confirm ? 'translated' : 'draft',
            });
            if (confirm) {
              confirmed++;
              tm.segmentSaved(d, saved);
            }
            filled++;
            const row = bands.find((b) => b.band === bandOf(best.score));
            if (row) {
              row.segments++;
              row.words += wordCount(s.source);
            }
          }
        }
      });
      return { bands, filled, confirmed };
    },

    /** Source words and segments per band, per document and in total (repetitions across the set). */
    analyse(input: { documentIds: number[] }): TmAnalysis {
      const seen = new Set<string>();
      const total = emptyBands();
      const docs = input.documentIds.map((id) => {
        const name = documents.summary(id)?.name ?? String(id);
        const rows = countBands(
          [...documents.iterateSegments(id)].map((s) => ({
            key: exactKey(tmKeys(s.source)),
            words: wordCount(s.source),
            best: tm.lookup(s.source, { min: 50, max: 1, exclude: { documentId: id, index: s.index } })[0]
              ?.score,
          })),
          seen,
        );
        addBands(total, rows);
        return { id, name, bands: rows };
      });
      return { documents: docs, total };
    },
  };
}

export type TmWorkflow = ReturnType<typeof createTmWorkflow>;
