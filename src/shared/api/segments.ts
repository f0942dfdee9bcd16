import * as z from 'zod';
import type { Segment } from '../model';
import { SEGMENT_STATUSES } from '../model';
import { id, oneLine, segmentText } from './common';
import { method } from './define';

const index = z.number().int().nonnegative();

export const segmentsMethods = {
  'segments.saveTarget': method<Segment>()(
    z.object({
      documentId: id,
      index,
      target: segmentText.refine(oneLine, 'a segment is one line'),
      status: z.enum(SEGMENT_STATUSES).optional(),
    }),
  ),
  'segments.saveSource': method<Segment>()(
    z.object({
      documentId: id,
      index,
      source: segmentText.min(1).refine(oneLine, 'a segment is one line'),
    }),
  ),
};
