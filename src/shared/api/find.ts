import * as z from 'zod';
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

const query = z.string().min(1).max(500);
const targetOptions = {
  wholeWord: z.boolean().optional(),
  caseSensitive: z.boolean().optional(),
  regex: z.boolean().optional(),
  documentIds: z.array(id).max(10_000).optional(),
};

export const findMethods = {
  'find.search': method<{ hits: FindHit[]; truncated: boolean }>()(
    z.object({ query, field: z.enum(['source', 'target']), ...targetOptions }),
  ),
  'find.replace': method<ReplaceResult>()(
    z.object({
      query,
      replacement: z.string().max(2_000).refine(oneLine, 'a segment is one line'),
      ...targetOptions,
      /** "documentId:index" keys: replace one by one from the result list. */
      segments: z
        .array(z.string().regex(/^\d+:\d+$/))
        .max(100_000)
        .optional(),
      dryRun: z.boolean().optional(),
    }),
  ),
  'find.undoReplace': method<UndoReplaceResult>()(z.object({ batchId: id })),
};
