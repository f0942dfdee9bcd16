/**
 * What the translation memory does to documents: repetitions propagated on confirm (with one undo per
 * batch), pre-translation from the memory, and the analysis table by band.
 */
import { writeTx } from '../db/write';
import {
  addBands,
  bandOf,
  countBands,
  emptyBands,
  exactKey,
  tmKeys,
  wordCount,
  type AnalysedSegment,
} from '../../core/tm';
import { AppError } from '../../shared/errors';
import type { Segment } from '../../shared/model';
import type { TmAnalysis, TmMatch, TmPretranslateReport, TmPropagation } from '../../shared/tm';
import { checkpoint, quietCall, timeSliced, type JobCall } from '../jobs/job-call';
import type { Db } from '../db/open';
import { createTmPropagationsRepo } from '../db/repos/tm-propagations-repo';
import type { DocumentsService } from './documents-service';
import type { TmService } from './tm-service';

const CONFIRMED = new Set(['translated', 'reviewed', 'final']);

/** What pre-translation may fill: a new segment with no English yet. */
const untranslated = (s: Segment): boolean => s.status === 'new' && s.target.trim() === '';

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
     * `confirmExact` and the match is 100%. Reports filled segments and words by band. As a job: the
     * lookups (the slow part) run outside the write lock between checkpoints; the fill is one transaction
     * at the end, so a cancel leaves every document as it was, and a segment saved meanwhile keeps its save.
     */
    async pretranslate(
      input: { documentIds: number[]; min?: number; confirmExact?: boolean },
      call: JobCall = quietCall(),
    ): Promise<TmPretranslateReport> {
      const min = input.min ?? 100;
      const total = input.documentIds.reduce((n, d) => n + (documents.summary(d)?.segmentCount ?? 0), 0);
      const tick = timeSliced(call);
      let done = 0;
      const planned: { documentId: number; segment: Segment; match: TmMatch }[] = [];
      await checkpoint(call, { phase: 'plan', done, total });
      for (const d of input.documentIds) {
        // Read before the loop awaits: no statement stays open across a checkpoint.
        for (const s of [...documents.iterateSegments(d)]) {
          done++;
          await tick(() => ({ phase: 'plan', done, total }));
          if (!untranslated(s)) continue;
          const best = tm.lookup(s.source, { min, max: 1 })[0];
          if (best) planned.push({ documentId: d, segment: s, match: best });
        }
      }
      await checkpoint(call, { phase: 'write', done: 0, total: planned.length });
      const bands = emptyBands();
      let filled = 0;
      let confirmed = 0;
      writeTx(db, () => {
        const current = new Map<number, Map<number, Segment>>();
        const segmentNow = (d: number, index: number): Segment | undefined => {
          if (!current.has(d)) current.set(d, new Map(documents.segments(d).map((s) => [s.index, s])));
          return current.get(d)?.get(index);
        };
        for (const { documentId: d, segment: s, match: best } of planned) {
          const now = segmentNow(d, s.index);
          if (!now || !untranslated(now) || now.source !== s.source) continue;
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
      });
      call.progress({ phase: 'write', done: planned.length, total: planned.length });
      return { bands, filled, confirmed };
    },

    /** Source words and segments per band, per document and in total (repetitions across the set). */
    async analyse(input: { documentIds: number[] }, call: JobCall = quietCall()): Promise<TmAnalysis> {
      const seen = new Set<string>();
      const total = emptyBands();
      const segmentTotal = input.documentIds.reduce(
        (n, d) => n + (documents.summary(d)?.segmentCount ?? 0),
        0,
      );
      const tick = timeSliced(call);
      let done = 0;
      await checkpoint(call, { phase: 'check', done, total: segmentTotal });
      const docs: TmAnalysis['documents'] = [];
      for (const id of input.documentIds) {
        const name = documents.summary(id)?.name ?? String(id);
        const counted: AnalysedSegment[] = [];
        for (const s of [...documents.iterateSegments(id)]) {
          done++;
          await tick(() => ({ phase: 'check', done, total: segmentTotal }));
          counted.push({
            key: exactKey(tmKeys(s.source)),
            words: wordCount(s.source),
            best: tm.lookup(s.source, { min: 50, max: 1, exclude: { documentId: id, index: s.index } })[0]
              ?.score,
          });
        }
        const rows = countBands(counted, seen);
        addBands(total, rows);
        docs.push({ id, name, bands: rows });
      }
      call.progress({ phase: 'check', done: segmentTotal, total: segmentTotal });
      return { documents: docs, total };
    },
  };
}

export type TmWorkflow = ReturnType<typeof createTmWorkflow>;
