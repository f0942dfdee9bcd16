import { z } from 'zod';
import { EXPORT_FORMATS, type ImportSkipped } from '../model';
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
}

export interface TmxImportReport {
  file: string;
  units: number;
  /** Units left out (no pair, empty side, not a translation), by reason: never a silent "0 new". */
  skipped: ImportSkipped;
}

export const exchangeMethods = {
  'exchange.export': method<ExportedFile>()(
    z.object({ documentIds: z.array(id).max(10_000), format: z.enum(EXPORT_FORMATS) }),
    { job: true },
  ),
  'exchange.importXliff': method<XliffImportReport>()(z.object(fileUpload), { job: true }),
  'exchange.importTmx': method<TmxImportReport>()(z.object(fileUpload), { job: true }),
};
