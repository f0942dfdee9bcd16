import * as z from 'zod/mini';
import type { FindHit } from '../../core/editor/find';
import type { ReplacePlan } from '../../core/editor/replace';
import { id, oneLine } from './common';
import { method } from './define';

export interface ReplaceResult extends ReplacePlan {
  /** Undo handle; absent for a dry run or when nothing changed. */
  batchId?: number | undefined;
  applied: boolean;
}

export interface UndoReplaceResult {
  restored: number;
  /** Segments edited since the replace: left as they are, never overwritten. */
  skipped: { documentId: number; index: number }[];
}

const query = z.string().check(z.minLength(1), z.maxLength(500));
const targetOptions = {
  wholeWord: z.optional(z.boolean()),
  caseSensitive: z.optional(z.boolean()),
  regex: z.optional(z.boolean()),
  documentIds: z.optional(z.array(id).check(z.maxLength(10_000))),
};

export const findMethods = {
  'find.search': method<{ hits: FindHit[]; truncated: boolean }>()(
    z.object({ query, field: z.enum(['source', 'target']), ...targetOptions }),
  ),
  'find.replace': method<ReplaceResult>()(
    z.object({
      query,
      replacement: z.string().check(z.maxLength(2_000), z.refine(oneLine, 'a segment is one line')),
      ...targetOptions,
      /** "documentId:index" keys: replace one by one from the result list. */
      segments: z.optional(z.array(z.string().check(z.regex(/^\d+:\d+$/))).check(z.maxLength(100_000))),
      dryRun: z.optional(z.boolean()),
    }),
  ),
  'find.undoReplace': method<UndoReplaceResult>()(z.object({ batchId: id })),
};
