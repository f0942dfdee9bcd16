import * as z from 'zod/mini';
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

const percent = z.number().check(z.int(), z.minimum(0), z.maximum(100));
const memoryName = z.string().check(z.trim(), z.minLength(1), z.maxLength(100));
const documentIds = z.array(id).check(z.minLength(1), z.maxLength(10_000));
const index = z.number().check(z.int(), z.nonnegative());

export const tmMethods = {
  'tm.list': method<TmMemoryInfo[]>()(z.object({})),
  'tm.import': method<TmImportReport>()(z.object({ ...fileUpload, name: memoryName }), { job: true }),
  // The CLI's import: the file is read from disk as a stream (no upload limit), with progress and cancel.
  'tm.importFile': method<TmImportReport>()(
    z.object({ path: z.string().check(z.minLength(1), z.maxLength(4096)), name: memoryName }),
    { job: true, localOnly: true },
  ),
  'tm.remove': method<{ removed: boolean }>()(z.object({ name: memoryName })),
  'tm.export': method<ExportedFile>()(z.object({}), { job: true }),
  'tm.lookup': method<TmMatch[]>()(
    z.object({
      text: segmentText,
      min: z.optional(percent),
      max: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(50))),
      /** The segment looked up for, so its own unit is not offered back. */
      documentId: z.optional(id),
      index: z.optional(index),
      /** Answer at once: while the memory's index is being built (tm.status), exact matches only. */
      quick: z.optional(z.boolean()),
    }),
  ),
  /** Whether fuzzy matches are ready; starts building the memory's index in the background if not. */
  'tm.status': method<TmIndexStatus>()(z.object({})),
  'tm.concordance': method<TmConcordanceHit[]>()(
    z.object({
      query: shortText.check(z.minLength(1)),
      side: z.optional(z.enum(['source', 'target'])),
      limit: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(500))),
    }),
  ),
  'tm.pretranslate': method<TmPretranslateReport>()(
    z.object({ documentIds, min: z.optional(percent), confirmExact: z.optional(z.boolean()) }),
    { job: true },
  ),
  'tm.analyse': method<TmAnalysis>()(z.object({ documentIds }), { job: true }),
  'tm.propagate': method<TmPropagation>()(
    z.object({ documentId: id, index, allDocuments: z.optional(z.boolean()) }),
  ),
  /** Segment indexes of a document still holding a propagated draft (the editor marks them). */
  'tm.propagated': method<number[]>()(z.object({ documentId: id })),
  // The batch comes from tm.propagate's answer: an undo names what it undoes.
  'tm.undoPropagation': method<TmPropagation>()(z.object({ batch: z.number().check(z.int(), z.positive()) })),
};
