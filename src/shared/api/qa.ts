import { z } from 'zod';
import type { QaIssue } from '../model';
import { id } from './common';
import { method } from './define';

export const qaMethods = {
  'qa.run': method<QaIssue[]>()(z.object({ documentIds: z.array(id).max(10_000).optional() }), {
    job: true,
  }),
  'qa.setIgnored': method<{ key: string; ignored: boolean }>()(
    z.object({ key: z.string().min(1).max(200), ignored: z.boolean() }),
  ),
};
