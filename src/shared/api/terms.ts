import * as z from 'zod/mini';
import type { TermHit } from '../model';
import { fileUpload, id } from './common';
import { method } from './define';

export interface TermsFound {
  /** The document's name (an imported document) or the uploaded file's base name. */
  document: string;
  /** Offsets are JavaScript string indices into the decoded text (BOM removed). */
  hits: TermHit[];
}

export const termsMethods = {
  /**
   * Glossary terms in one text: an imported document or an uploaded report, matched against the
   * database's glossary or an uploaded glossary file (.termbase, TSV, CSV, TBX).
   */
  'terms.find': method<TermsFound>()(
    z
      .object({
        documentId: z.optional(id),
        file: z.optional(z.object(fileUpload)),
        glossary: z.optional(z.object(fileUpload)),
      })
      .check(
        z.refine((i) => (i.documentId === undefined) !== (i.file === undefined), {
          message: 'give either documentId or file',
          path: ['documentId'],
        }),
      ),
  ),
};
