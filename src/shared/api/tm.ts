import { z } from 'zod';
import type {
  TmAnalysis,
  TmConcordanceHit,
  TmImportReport,
  TmIndexStatus,
  TmMatch,
  TmMemoryInfo,
  TmPretranslateReport,
  TmPropagation,
} from '../tm';
import { fileUpload, id, segmentText, shortText, type ExportedFile } from './common';
import { method } from './define';

const percent = z.number().int().min(0).max(100);
const memoryName = z.string().trim().min(1).max(100);
const documentIds = z.array(id).min(1).max(10_000);
const index = z.number().int().nonnegative();

export const tmMethods = {
  'tm.list': method<TmMemoryInfo[]>()(z.object({})),
  'tm.import': method<TmImportReport>()(z.object({ ...fileUpload, name: memoryName }), { job: true }),
  // The CLI's import: the file is read from disk as a stream (no upload limit), with progress and cancel.
  'tm.importFile': method<TmImportReport>()(
    z.object({ path: z.string().min(1).max(4096), name: memoryName }),
    { job: true, localOnly: true },
  ),
  'tm.remove': method<{ removed: boolean }>()(z.object({ name: memoryName })),
  'tm.export': method<ExportedFile>()(z.object({}), { job: true }),
  'tm.lookup': method<TmMatch[]>()(
    z.object({
      text: segmentText,
      min: percent.optional(),
      max: z.number().int().min(1).max(50).optional(),
      /** The segment looked up for, so its own unit is not offered back. */
      documentId: id.optional(),
      index: index.optional(),
      /** Answer at once: while the memory's index is being built (tm.status), exact matches only. */
      quick: z.boolean().optional(),
    }),
  ),
  /** Whether fuzzy matches are ready; starts building the memory's index in the background if not. */
  'tm.status': method<TmIndexStatus>()(z.object({})),
  'tm.concordance': method<TmConcordanceHit[]>()(
    z.object({
      query: shortText.min(1),
      side: z.enum(['source', 'target']).optional(),
      limit: z.number().int().min(1).max(500).optional(),
    }),
  ),
  'tm.pretranslate': method<TmPretranslateReport>()(
    z.object({ documentIds, min: percent.optional(), confirmExact: z.boolean().optional() }),
    { job: true },
  ),
  'tm.analyse': method<TmAnalysis>()(z.object({ documentIds }), { job: true }),
  'tm.propagate': method<TmPropagation>()(
    z.object({ documentId: id, index, allDocuments: z.boolean().optional() }),
  ),
  /** Segment indexes of a document still holding a propagated draft (the editor marks them). */
  'tm.propagated': method<number[]>()(z.object({ documentId: id })),
  // The batch comes from tm.propagate's answer: an undo names what it undoes.
  'tm.undoPropagation': method<TmPropagation>()(z.object({ batch: z.number().int().positive() })),
};
