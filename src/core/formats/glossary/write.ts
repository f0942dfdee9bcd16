/**
 * Glossary files written: TSV, CSV, TBX v2 and TBX-Basic v3. Apart from the readers (index.ts) so that
 * exporting, and code that only exports, never loads the XML reader.
 */
import type { Entry, GlossaryFormat } from '../../../shared/model';
import { writeCsv } from './csv';
import type { WritableEntry } from './table-write';
import { writeTbx } from './tbx-write';
import { writeTsv } from './tsv';

export interface WriteGlossaryOptions {
  createdAt: Date;
  /** Name and version of the exporting tool, written into the file header. */
  tool: string;
}

/** Streams the file in pieces (header, then one piece per entry) so a big export never sits in one string. */
export function* writeGlossary(
  entries: Iterable<Entry | WritableEntry>,
  format: GlossaryFormat,
  opts: WriteGlossaryOptions,
): Generator<string> {
  switch (format) {
    case 'tsv':
      return yield* writeTsv(entries, opts);
    case 'csv':
      return yield* writeCsv(entries);
    case 'tbx':
      return yield* writeTbx(entries, 'v2', opts);
    case 'tbx-basic':
      return yield* writeTbx(entries, 'v3', opts);
  }
}
