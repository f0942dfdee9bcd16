import * as z from 'zod/mini';
import { QA_SEVERITIES, type QaIssue, type QaProfile } from '../model';
import { fileUpload, id, type ExportedFile } from './common';
import { method } from './define';

/** A QA profile: check id → on/off and severity (unknown ids are refused by the service, naming them). */
export const qaProfileSchema = z.object({
  checks: z.record(
    z.string().check(z.maxLength(60)),
    z.object({ enabled: z.boolean(), severity: z.enum(QA_SEVERITIES) }),
  ),
});

export const qaMethods = {
  'qa.run': method<QaIssue[]>()(
    z.object({
      documentIds: z.optional(z.array(id).check(z.maxLength(10_000))),
      profile: z.optional(qaProfileSchema),
    }),
    { job: true },
  ),
  /** The stored profile, complete (every check, defaults where the team set nothing). */
  'qa.getProfile': method<QaProfile>()(z.object({})),
  'qa.setProfile': method<QaProfile>()(z.object({ profile: qaProfileSchema })),
  /** The stored profile as a small JSON file to share with the team. */
  'qa.exportProfile': method<ExportedFile>()(z.object({})),
  /** Replaces the stored profile with a shared file's; a bad file is an error naming the file and field. */
  'qa.importProfile': method<QaProfile>()(z.object(fileUpload)),
  'qa.setIgnored': method<{ key: string; ignored: boolean }>()(
    z.object({ key: z.string().check(z.minLength(1), z.maxLength(200)), ignored: z.boolean() }),
  ),
};
