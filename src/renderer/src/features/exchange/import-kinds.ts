/**
 * Which import a picked file is, by the extensions other tools give their files: glossaries (TBX, OmegaT's
 * .txt/.utf8/.tab, TSV, CSV), XLIFF (plain, Trados .sdlxliff, memoQ .mqxliff), TMX, and the Word review table.
 */
export type ImportKind = 'glossary' | 'xliff' | 'tmx' | 'review';

const KINDS: Record<string, ImportKind> = {
  tbx: 'glossary',
  tsv: 'glossary',
  txt: 'glossary',
  utf8: 'glossary',
  tab: 'glossary',
  csv: 'glossary',
  xlf: 'xliff',
  xliff: 'xliff',
  sdlxliff: 'xliff',
  mqxliff: 'xliff',
  tmx: 'tmx',
  docx: 'review',
};

export const IMPORT_ACCEPT = Object.keys(KINDS)
  .map((e) => `.${e}`)
  .join(',');

export const GLOSSARY_ACCEPT = Object.keys(KINDS)
  .filter((e) => KINDS[e] === 'glossary')
  .map((e) => `.${e}`)
  .join(',');

export function importKindOf(fileName: string): ImportKind | undefined {
  const ext = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return ext ? KINDS[ext] : undefined;
}
