/**
 * What each glossary export is called and which tool it is for: one table read by the server (file name,
 * MIME type) and the UI (which entry of the export menu is for which tool).
 *
 * The TSV is OmegaT's glossary format, and OmegaT 3.6 loads glossaries only with the extensions .txt,
 * .utf8 and .tab (and .tbx); a ".tsv" in its glossary folder is silently ignored. Of the three, ".utf8"
 * is the one OmegaT reads as UTF-8 everywhere (.txt and .tab are read in the system's default encoding,
 * which on Windows garbles Persian), and our own importer still recognises it as TSV.
 */
import type { GlossaryFormat } from '../../../shared/model';

export interface GlossaryFileKind {
  /** Extension without the dot. */
  ext: string;
  mime: string;
  /** Tools that load this file as written (names are not translated). */
  tools: readonly string[];
}

export const GLOSSARY_FILES: Readonly<Record<GlossaryFormat, GlossaryFileKind>> = {
  tsv: { ext: 'utf8', mime: 'text/tab-separated-values', tools: ['OmegaT'] },
  csv: { ext: 'csv', mime: 'text/csv', tools: ['Excel', 'LibreOffice Calc'] },
  tbx: { ext: 'tbx', mime: 'application/x-tbx+xml', tools: ['memoQ', 'OmegaT'] },
  // TBX v3 (ISO 30042:2019): for any tool that reads the current standard; none of the tested peers does.
  'tbx-basic': { ext: 'tbx', mime: 'application/x-tbx+xml', tools: [] },
};

/** "barabar-glossary.utf8" for the OmegaT TSV, and so on. */
export function glossaryFileName(format: GlossaryFormat): string {
  return `barabar-glossary.${GLOSSARY_FILES[format].ext}`;
}
