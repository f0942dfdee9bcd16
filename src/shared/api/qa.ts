import { z } from 'zod';
import { QA_SEVERITIES, type QaIssue } from '../model';
import { id } from './common';
import { method } from './define';

/** A QA profile: check id → on/off and severity (unknown ids are refused by the service, naming them). */
export const qaProfileSchema = z.object({
  checks: z.record(z.string().max(60), z.object({ enabled: z.boolean(), severity: z.enum(QA_SEVERITIES) })),
});

export const qaMethods = {
  'qa.run': method<QaIssue[]>()(
    z.object({ documentIds: z.array(id).max(10_000).optional(), profile: qaProfileSchema.optional() }),
    { job: true },
  ),
  'qa.setIgnored': method<{ key: string; ignored: boolean }>()(
    z.object({ key: z.string().min(1).max(200), ignored: z.boolean() }),
  ),
};
