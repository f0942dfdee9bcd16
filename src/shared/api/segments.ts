import * as z from 'zod/mini';
import type { Segment } from '../model';
import { SEGMENT_STATUSES } from '../model';
import { id, oneLine, segmentText } from './common';
import { method } from './define';

const index = z.number().check(z.int(), z.nonnegative());

export const segmentsMethods = {
  'segments.saveTarget': method<Segment>()(
    z.object({
      documentId: id,
      index,
      target: segmentText.check(z.refine(oneLine, 'a segment is one line')),
      status: z.optional(z.enum(SEGMENT_STATUSES)),
    }),
  ),
  'segments.saveSource': method<Segment>()(
    z.object({
      documentId: id,
      index,
      source: segmentText.check(z.minLength(1), z.refine(oneLine, 'a segment is one line')),
    }),
  ),
};
