import * as z from 'zod/mini';
import type { DocumentDetail, DocumentSummary } from '../model';
import { fileUpload, id } from './common';
import { method } from './define';

export interface ImportedDocument {
  document: DocumentSummary;
  status: 'imported' | 'unchanged';
  /** The encoding the report was decoded from (utf-8, utf-16le, windows-1256, …). */
  encoding: string;
}

export const documentsMethods = {
  'documents.list': method<DocumentSummary[]>()(z.object({})),
  'documents.get': method<DocumentDetail>()(z.object({ id })),
  'documents.import': method<ImportedDocument>()(z.object(fileUpload), { job: true }),
  /** Several reports, all or none: every file is checked before any is written. */
  'documents.importMany': method<ImportedDocument[]>()(
    z.object({ files: z.array(z.object(fileUpload)).check(z.minLength(1), z.maxLength(1_000)) }),
    { job: true },
  ),
  'documents.remove': method<{ removed: boolean }>()(z.object({ id })),
};
