/**
 * The one service contract. Every door (Electron IPC, the loopback HTTP server, the CLI) serves exactly
 * these methods; every input is validated against its schema at the door before a service sees it.
 */
import { z } from 'zod';
import type { FindHit } from '../core/editor/find';
import type { ReplacePlan } from '../core/editor/replace';
import type { CountTotals } from '../core/editor/word-count';
import type {
  DocumentDetail,
  DocumentSummary,
  Entry,
  EntryChange,
  GlossaryImportReport,
  QaIssue,
  Segment,
  SegmentComment,
  TermHit,
} from './model';
import {
  EXPORT_FORMATS,
  GLOSSARY_FORMATS,
  SEGMENT_STATUSES,
  SUBJECTS,
  TERM_STATUSES,
  TERM_TYPES,
} from './model';

const id = z.number().int().positive();
const fileName = z.string().min(1).max(255);
/** File bytes travel as base64 so legacy encodings survive every transport; 30 MB of base64. */
const contentBase64 = z.string().max(30 * 1024 * 1024);
const shortText = z.string().max(2_000);
const segmentText = z.string().max(100_000);

export const termSchema = z.object({
  id: id.optional(),
  lang: z.enum(['fa', 'en']),
  text: z.string().trim().min(1).max(500),
  status: z.enum(TERM_STATUSES),
  partOfSpeech: z.string().max(40).optional(),
  termType: z.enum(TERM_TYPES).optional(),
  note: shortText.optional(),
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
  })
  .refine((e) => e.terms.some((t) => t.lang === 'fa'), { message: 'needs a Persian term', path: ['terms'] })
  .refine((e) => e.terms.some((t) => t.lang === 'en'), { message: 'needs an English term', path: ['terms'] });

export const uiLanguageSchema = z.enum(['en', 'fa']);

export const apiInputs = {
  'app.info': z.object({}),
  'settings.get': z.object({}),
  'settings.set': z.object({ uiLanguage: uiLanguageSchema }),

  'documents.list': z.object({}),
  'documents.get': z.object({ id }),
  'documents.import': z.object({ fileName, contentBase64 }),
  'documents.remove': z.object({ id }),
  'segments.saveTarget': z.object({
    documentId: id,
    index: z.number().int().nonnegative(),
    target: segmentText.refine((s) => !/[\r\n\u2028\u2029]/.test(s), 'a segment is one line'),
    status: z.enum(SEGMENT_STATUSES).optional(),
  }),
  'segments.saveSource': z.object({
    documentId: id,
    index: z.number().int().nonnegative(),
    source: segmentText.min(1).refine((s) => !/[\r\n\u2028\u2029]/.test(s), 'a segment is one line'),
  }),

  'glossary.snapshot': z.object({}),
  'glossary.list': z.object({
    query: z.string().max(200).optional(),
    subject: z.enum(SUBJECTS).optional(),
    limit: z.number().int().min(1).max(1000).optional(),
    offset: z.number().int().nonnegative().optional(),
  }),
  'glossary.get': z.object({ id }),
  'glossary.add': z.object({ entry: entryInputSchema }),
  'glossary.update': z.object({ id, entry: entryInputSchema }),
  'glossary.remove': z.object({ id }),
  'glossary.history': z.object({ id }),
  'glossary.import': z.object({ fileName, contentBase64, format: z.enum(GLOSSARY_FORMATS).optional() }),
  'glossary.export': z.object({ format: z.enum(GLOSSARY_FORMATS) }),

  'terms.find': z.object({ documentId: id }),

  'qa.run': z.object({ documentIds: z.array(id).max(10_000).optional() }),
  'qa.setIgnored': z.object({ key: z.string().min(1).max(200), ignored: z.boolean() }),

  'exchange.export': z.object({
    documentIds: z.array(id).min(1).max(10_000),
    format: z.enum(EXPORT_FORMATS),
  }),
  'exchange.importXliff': z.object({ fileName, contentBase64 }),
  'exchange.importTmx': z.object({ fileName, contentBase64 }),

  'find.search': z.object({
    query: z.string().min(1).max(500),
    field: z.enum(['source', 'target']),
    wholeWord: z.boolean().optional(),
    caseSensitive: z.boolean().optional(),
    regex: z.boolean().optional(),
    documentIds: z.array(id).max(10_000).optional(),
  }),
  'find.replace': z.object({
    query: z.string().min(1).max(500),
    replacement: z
      .string()
      .max(2_000)
      .refine((s) => !/[\r\n\u2028\u2029]/.test(s), 'a segment is one line'),
    wholeWord: z.boolean().optional(),
    caseSensitive: z.boolean().optional(),
    regex: z.boolean().optional(),
    documentIds: z.array(id).max(10_000).optional(),
    segments: z
      .array(z.string().regex(/^\d+:\d+$/))
      .max(100_000)
      .optional(),
    dryRun: z.boolean().optional(),
  }),
  'find.undoReplace': z.object({ batchId: id }),

  'documents.counts': z.object({}),
  'comments.list': z.object({ documentId: id }),
  'comments.add': z.object({
    documentId: id,
    index: z.number().int().nonnegative(),
    text: z.string().trim().min(1).max(5_000),
  }),
  'comments.resolve': z.object({ id, resolved: z.boolean() }),
  'comments.remove': z.object({ id }),
  'review.signOff': z.object({ documentId: id, index: z.number().int().nonnegative() }),
  'dictionary.list': z.object({}),
  'dictionary.add': z.object({ word: z.string().trim().min(1).max(100).regex(/^\S+$/, 'one word') }),
  'dictionary.remove': z.object({ word: z.string().min(1).max(100) }),
} as const;

export type ApiMethod = keyof typeof apiInputs;
export const API_METHODS = Object.keys(apiInputs) as ApiMethod[];
export type ApiInput<M extends ApiMethod> = z.input<(typeof apiInputs)[M]>;
export type ApiParsedInput<M extends ApiMethod> = z.output<(typeof apiInputs)[M]>;

export interface Settings {
  uiLanguage: 'en' | 'fa';
}

export interface ExportedFile {
  fileName: string;
  mime: string;
  content: string;
}

export interface XliffImportReport {
  file: string;
  applied: number;
  unchanged: number;
  /** Units whose source no longer matches the document, or whose ids are unknown. */
  mismatched: { unit: string; reason: string }[];
}

export interface ApiResults {
  'app.info': { version: string; dbPath: string; schemaVersion: number };
  'settings.get': Settings;
  'settings.set': Settings;
  'documents.list': DocumentSummary[];
  'documents.get': DocumentDetail;
  'documents.import': { document: DocumentSummary; status: 'imported' | 'unchanged' };
  'documents.remove': { removed: boolean };
  'segments.saveTarget': Segment;
  'segments.saveSource': Segment;
  'glossary.snapshot': { version: number; entries: Entry[] };
  'glossary.list': { total: number; entries: Entry[] };
  'glossary.get': Entry;
  'glossary.add': Entry;
  'glossary.update': Entry;
  'glossary.remove': { removed: boolean };
  'glossary.history': EntryChange[];
  'glossary.import': GlossaryImportReport;
  'glossary.export': ExportedFile;
  'terms.find': { segments: { index: number; hits: TermHit[] }[] };
  'qa.run': QaIssue[];
  'qa.setIgnored': { key: string; ignored: boolean };
  'exchange.export': ExportedFile;
  'exchange.importXliff': XliffImportReport;
  'exchange.importTmx': { file: string; units: number };
  'find.search': { hits: FindHit[]; truncated: boolean };
  'find.replace': ReplaceResult;
  'find.undoReplace': UndoReplaceResult;
  'documents.counts': { documents: DocumentCounts[]; project: CountTotals };
  'comments.list': SegmentComment[];
  'comments.add': SegmentComment;
  'comments.resolve': SegmentComment;
  'comments.remove': { removed: boolean };
  'review.signOff': Segment;
  'dictionary.list': string[];
  'dictionary.add': { word: string; added: boolean };
  'dictionary.remove': { word: string; removed: boolean };
}

export interface DocumentCounts extends CountTotals {
  documentId: number;
}

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

/** What a door needs: one async function per method. */
export type ApiHandlers = {
  [M in ApiMethod]: (input: ApiParsedInput<M>) => Promise<ApiResults[M]> | ApiResults[M];
};

/** What the renderer holds: the same methods, whatever the transport. */
export interface ApiClient {
  call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiResults[M]>;
}

/** Transport envelope, identical over IPC and HTTP. */
export type ApiResponse<T> =
  { ok: true; result: T } | { ok: false; error: { code: string; params: Record<string, unknown> } };
