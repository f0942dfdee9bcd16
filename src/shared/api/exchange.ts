import * as z from 'zod/mini';
import {
  ARTICLE_FORMATS,
  EXPORT_FORMATS,
  EXPORT_STATUS_FILTERS,
  UNCONFIRMED_POLICIES,
  type ImportSkipped,
  type ExportStatusFilter,
  type LeftOutSegments,
  type ReviewImportReport,
} from '../model';
import { fileUpload, id, type ExportedFile } from './common';
import { method } from './define';

export interface XliffImportReport {
  file: string;
  applied: number;
  unchanged: number;
  /** Units whose source no longer matches the document, or whose ids are unknown. */
  mismatched: { unit: string; reason: string }[];
  /** Segments whose target is not a translation (copy of the source, Arabic script), by reason. */
  skipped: ImportSkipped;
  /** A preview: nothing was written. */
  dryRun: boolean;
}

export interface TmxImportReport {
  file: string;
  /** The reference memory of the translation memory the units went into (named after the file). */
  memory: string;
  units: number;
  /** Units that repeat an earlier unit of the file (same source words and target): stored once. */
  duplicates: number;
  /** Units left out (no pair, empty side, not a translation), by reason: never a silent "0 new". */
  skipped: ImportSkipped;
  /** A preview: nothing was written. */
  dryRun: boolean;
}

/** A bilingual export and the segments its status filter left out. */
export interface BilingualExport extends ExportedFile {
  status: ExportStatusFilter;
  leftOut: LeftOutSegments[];
}

/** A binary file (Word) for the client to save. */
export interface ExportedBinaryFile {
  fileName: string;
  mime: string;
  contentBase64: string;
}

export interface ArticleExport extends ExportedBinaryFile {
  /** 1-based numbers of the segments not confirmed, and of those left out of the text. */
  unconfirmed: number[];
  omitted: number[];
}

const dryRun = z.optional(z.boolean());

export const exchangeMethods = {
  'exchange.export': method<BilingualExport>()(
    z.object({
      documentIds: z.array(id).check(z.maxLength(10_000)),
      format: z.enum(EXPORT_FORMATS),
      /** Default: confirmed for TMX (other tools apply its targets as final), all for the others. */
      status: z.optional(z.enum(EXPORT_STATUS_FILTERS)),
    }),
    { job: true },
  ),
  /** The English article; refused (listing the segments) while any is unconfirmed, unless told otherwise. */
  'exchange.exportArticle': method<ArticleExport>()(
    z.object({
      documentId: id,
      format: z.enum(ARTICLE_FORMATS),
      unconfirmed: z.optional(z.enum(UNCONFIRMED_POLICIES)),
    }),
    { job: true },
  ),
  'exchange.exportReview': method<ExportedBinaryFile>()(z.object({ documentId: id }), { job: true }),
  'exchange.importReview': method<ReviewImportReport>()(
    z.object({ ...fileUpload, documentId: z.optional(id), dryRun }),
    { job: true },
  ),
  'exchange.importXliff': method<XliffImportReport>()(z.object({ ...fileUpload, dryRun }), { job: true }),
  'exchange.importTmx': method<TmxImportReport>()(z.object({ ...fileUpload, dryRun }), { job: true }),
};
