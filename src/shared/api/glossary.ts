import * as z from 'zod/mini';
import type { Entry, EntryChange, GlossaryImportReport } from '../model';
import { CONFLICT_STRATEGIES, GLOSSARY_FORMATS, SUBJECTS, TERM_STATUSES, TERM_TYPES } from '../model';
import { fileUpload, id, shortText, type ExportedFile } from './common';
import { method } from './define';

export const termSchema = z.object({
  id: z.optional(id),
  lang: z.enum(['fa', 'en']),
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)),
  status: z.enum(TERM_STATUSES),
  partOfSpeech: z.optional(z.string().check(z.maxLength(40))),
  termType: z.optional(z.enum(TERM_TYPES)),
  note: z.optional(shortText),
  later: z.optional(z.boolean()),
});

export const contextRenderingSchema = z.object({
  fa: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)),
  en: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)),
});

export const entryInputSchema = z
  .object({
    key: z.optional(z.string().check(z.regex(/^[a-z0-9][a-z0-9/_.-]{0,99}$/))),
    subject: z.enum(SUBJECTS),
    definition: z.optional(shortText),
    note: z.optional(shortText),
    source: z.optional(shortText),
    terms: z.array(termSchema).check(z.minLength(2), z.maxLength(50)),
    contexts: z.optional(z.array(contextRenderingSchema).check(z.maxLength(50))),
  })
  .check(
    z.refine((e) => e.terms.some((t) => t.lang === 'fa'), {
      message: 'needs a Persian term',
      path: ['terms'],
    }),
    z.refine((e) => e.terms.some((t) => t.lang === 'en'), {
      message: 'needs an English term',
      path: ['terms'],
    }),
  );

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
      query: z.optional(z.string().check(z.maxLength(200))),
      subject: z.optional(z.enum(SUBJECTS)),
      limit: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(1000))),
      offset: z.optional(z.number().check(z.int(), z.nonnegative())),
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
      format: z.optional(z.enum(GLOSSARY_FORMATS)),
      /** What to do with a row whose Persian we render with another preferred English (default fail). */
      onConflict: z.optional(z.enum(CONFLICT_STRATEGIES)),
      /** Report what would change and write nothing. */
      dryRun: z.optional(z.boolean()),
    }),
    { job: true },
  ),
  // The CLI's import: the file is read from disk while it is parsed (no upload, no base64 copy).
  'glossary.importFile': method<GlossaryImportReport>()(
    z.object({
      path: z.string().check(z.minLength(1), z.maxLength(4096)),
      format: z.optional(z.enum(GLOSSARY_FORMATS)),
      onConflict: z.optional(z.enum(CONFLICT_STRATEGIES)),
      dryRun: z.optional(z.boolean()),
    }),
    { job: true, localOnly: true },
  ),
  'glossary.export': method<ExportedFile>()(z.object({ format: z.enum(GLOSSARY_FORMATS) }), { job: true }),
  /** Applies the team's `.termbase` file: entries matched by key are added or updated, none deleted. */
  'glossary.sync': method<SyncReport>()(z.object(fileUpload)),
};
