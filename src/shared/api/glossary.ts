import { z } from 'zod';
import type { Entry, EntryChange, GlossaryImportReport } from '../model';
import { CONFLICT_STRATEGIES, GLOSSARY_FORMATS, SUBJECTS, TERM_STATUSES, TERM_TYPES } from '../model';
import { fileUpload, id, shortText, type ExportedFile } from './common';
import { method } from './define';

export const termSchema = z.object({
  id: id.optional(),
  lang: z.enum(['fa', 'en']),
  text: z.string().trim().min(1).max(500),
  status: z.enum(TERM_STATUSES),
  partOfSpeech: z.string().max(40).optional(),
  termType: z.enum(TERM_TYPES).optional(),
  note: shortText.optional(),
  later: z.boolean().optional(),
});

export const contextRenderingSchema = z.object({
  fa: z.string().trim().min(1).max(500),
  en: z.string().trim().min(1).max(500),
});

export const entryInputSchema = z
  .object({
    key: z
      .string()
      .regex(/^[a-z0-9][a-z0-9/_.-]{0,99}$/)
      .optional(),
    subject: z.enum(SUBJECTS),
    definition: shortText.optional(),
    note: shortText.optional(),
    source: shortText.optional(),
    terms: z.array(termSchema).min(2).max(50),
    contexts: z.array(contextRenderingSchema).max(50).optional(),
  })
  .refine((e) => e.terms.some((t) => t.lang === 'fa'), { message: 'needs a Persian term', path: ['terms'] })
  .refine((e) => e.terms.some((t) => t.lang === 'en'), { message: 'needs an English term', path: ['terms'] });

/** What applying the shared termbase file did. */
export interface SyncReport {
  file: string;
  added: number;
  updated: number;
  unchanged: number;
  /** Keyed entries in the database that the file does not have (reported, never deleted). */
  notInFile: number;
}

export const glossaryMethods = {
  'glossary.snapshot': method<{ version: number; entries: Entry[] }>()(z.object({})),
  'glossary.list': method<{ total: number; entries: Entry[] }>()(
    z.object({
      query: z.string().max(200).optional(),
      subject: z.enum(SUBJECTS).optional(),
      limit: z.number().int().min(1).max(1000).optional(),
      offset: z.number().int().nonnegative().optional(),
    }),
  ),
  'glossary.get': method<Entry>()(z.object({ id })),
  'glossary.add': method<Entry>()(z.object({ entry: entryInputSchema })),
  'glossary.update': method<Entry>()(z.object({ id, entry: entryInputSchema })),
  'glossary.remove': method<{ removed: boolean }>()(z.object({ id })),
  'glossary.history': method<EntryChange[]>()(z.object({ id })),
  'glossary.import': method<GlossaryImportReport>()(
    z.object({
      ...fileUpload,
      format: z.enum(GLOSSARY_FORMATS).optional(),
      /** What to do with a row whose Persian we render with another preferred English (default fail). */
      onConflict: z.enum(CONFLICT_STRATEGIES).optional(),
      /** Report what would change and write nothing. */
      dryRun: z.boolean().optional(),
    }),
    { job: true },
  ),
  // The CLI's import: the file is read from disk while it is parsed (no upload, no base64 copy).
  'glossary.importFile': method<GlossaryImportReport>()(
    z.object({
      path: z.string().min(1).max(4096),
      format: z.enum(GLOSSARY_FORMATS).optional(),
      onConflict: z.enum(CONFLICT_STRATEGIES).optional(),
      dryRun: z.boolean().optional(),
    }),
    { job: true, localOnly: true },
  ),
  'glossary.export': method<ExportedFile>()(z.object({ format: z.enum(GLOSSARY_FORMATS) }), { job: true }),
  /** Applies the team's `.termbase` file: entries matched by key are added or updated, none deleted. */
  'glossary.sync': method<SyncReport>()(z.object(fileUpload)),
};
