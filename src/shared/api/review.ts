/** Comments, the reviewer's sign-off, word counts and the spell checker's user dictionary. */
import * as z from 'zod/mini';
import type { CountTotals } from '../../core/editor/word-count';
import type { Segment, SegmentComment } from '../model';
import { id } from './common';
import { method } from './define';

export interface DocumentCounts extends CountTotals {
  documentId: number;
}

const index = z.number().check(z.int(), z.nonnegative());

export const reviewMethods = {
  'comments.list': method<SegmentComment[]>()(z.object({ documentId: id })),
  'comments.add': method<SegmentComment>()(
    z.object({ documentId: id, index, text: z.string().check(z.trim(), z.minLength(1), z.maxLength(5_000)) }),
  ),
  'comments.resolve': method<SegmentComment>()(z.object({ id, resolved: z.boolean() })),
  'comments.remove': method<{ removed: boolean }>()(z.object({ id })),
  'review.signOff': method<Segment>()(z.object({ documentId: id, index })),
  'stats.wordCounts': method<{ documents: DocumentCounts[]; project: CountTotals }>()(z.object({})),
  'dictionary.list': method<string[]>()(z.object({})),
  'dictionary.add': method<{ word: string; added: boolean }>()(
    z.object({
      word: z.string().check(z.trim(), z.minLength(1), z.maxLength(100), z.regex(/^\S+$/, 'one word')),
    }),
  ),
  'dictionary.remove': method<{ word: string; removed: boolean }>()(
    z.object({ word: z.string().check(z.minLength(1), z.maxLength(100)) }),
  ),
};
