/**
 * Columns of the two table formats (TSV, CSV) and the header names we recognise for them.
 *
 * The layout we export, identical in TSV and CSV (see table-write.ts for how rows are built):
 *
 *   fa  en  comment  entry  key  subject  definition  note  entry-source
 *   fa-status fa-type fa-pos fa-note  en-status en-type en-pos en-note
 *
 * Columns 1–3 are exactly what OmegaT reads (source term, target term, comment); OmegaT ignores the rest.
 * Rows sharing an `entry` value form one entry; entry-level cells repeat on every row so a spreadsheet
 * sort cannot separate them from their entry. A term cell counts as "described" by its row when any of its
 * side's status/type/pos/note cells is filled; otherwise it is context for OmegaT and is merged into the
 * same term described elsewhere in the entry.
 *
 * The citation column is "entry-source", not "source": in other tools' CSVs "source" means the source-
 * language term, and we honour that.
 */
import { AppError } from '../../../shared/errors';

export const COLUMN_IDS = [
  'fa',
  'en',
  'comment',
  'entry',
  'key',
  'subject',
  'definition',
  'note',
  'source',
  'faStatus',
  'faType',
  'faPos',
  'faNote',
  'enStatus',
  'enType',
  'enPos',
  'enNote',
] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];
export type ColumnMap = Partial<Record<ColumnId, number>>;

/** Header names we write, in COLUMN_IDS order. */
export const EXPORT_HEADER: readonly string[] = [
  'fa',
  'en',
  'comment',
  'entry',
  'key',
  'subject',
  'definition',
  'note',
  'entry-source',
  'fa-status',
  'fa-type',
  'fa-pos',
  'fa-note',
  'en-status',
  'en-type',
  'en-pos',
  'en-note',
];

const FA_WORDS = ['fa', 'fas', 'per', 'persian', 'farsi', 'source', 'src'];
const EN_WORDS = ['en', 'eng', 'english', 'target', 'tgt'];
const SIDE_FIELDS: Record<'Status' | 'Type' | 'Pos' | 'Note', readonly string[]> = {
  Status: ['status', 'usage', 'administrative-status', 'term-status'],
  Type: ['type', 'term-type'],
  Pos: ['pos', 'part-of-speech', 'partofspeech', 'grammar'],
  Note: ['note', 'notes', 'comment', 'comments', 'term-note'],
};

/** Normalised header (lower case, words joined by "-") → column. Built once. */
const ALIASES: ReadonlyMap<string, ColumnId> = buildAliases();

function buildAliases(): Map<string, ColumnId> {
  const m = new Map<string, ColumnId>();
  const add = (id: ColumnId, names: readonly string[]): void => names.forEach((n) => m.set(n, id));
  add('fa', [...FA_WORDS, 'fa-ir', 'source-term', 'persian-term', 'farsi-term', 'fa-term', 'term-fa', 'source-text']);
  add('en', [...EN_WORDS, 'en-us', 'en-gb', 'target-term', 'english-term', 'en-term', 'term-en', 'target-text', 'translation']);
  for (const [field, words] of Object.entries(SIDE_FIELDS) as [keyof typeof SIDE_FIELDS, readonly string[]][]) {
    for (const w of words) {
      for (const l of FA_WORDS) m.set(`${l}-${w}`, `fa${field}`).set(`${w}-${l}`, `fa${field}`);
      for (const l of EN_WORDS) m.set(`${l}-${w}`, `en${field}`).set(`${w}-${l}`, `en${field}`);
    }
  }
  // Without a language, status/type/pos describe the translation: in a plain "Persian, English, Status"
  // sheet the status says whether the English rendering may be used.
  add('enStatus', SIDE_FIELDS.Status);
  add('enType', SIDE_FIELDS.Type);
  add('enPos', SIDE_FIELDS.Pos);
  add('comment', ['comment', 'comments', 'description', 'remark', 'remarks']);
  add('note', ['note', 'notes', 'entry-note']);
  add('entry', ['entry', 'entry-id', 'id', 'concept', 'concept-id', 'termentry', 'group']);
  add('key', ['key', 'entry-key']);
  add('subject', ['subject', 'domain', 'subject-field', 'subjectfield', 'field', 'category']);
  add('definition', ['definition', 'def', 'definitions']);
  add('source', ['entry-source', 'reference', 'citation', 'origin', 'source-ref']);
  return m;
}

export function normaliseHeader(name: string): string {
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join('-');
}

export interface HeaderMatch {
  map: ColumnMap;
  /** How many non-empty cells were recognised, and how many there were. */
  recognised: number;
  filled: number;
}

/**
 * Maps header cells to columns. Unknown names are ignored (extra columns are common and harmless); two
 * headers meaning the same column is an error, since silently picking one would lose data.
 */
export function matchHeader(cells: readonly string[], file: string, line: number): HeaderMatch {
  const map: ColumnMap = {};
  let recognised = 0;
  let filled = 0;
  cells.forEach((cell, index) => {
    if (cell.trim() !== '') filled++;
    const id = ALIASES.get(normaliseHeader(cell));
    if (id === undefined) return;
    const previous = map[id];
    if (previous !== undefined) {
      throw new AppError('parse', {
        file,
        line,
        reason: `columns ${previous + 1} ("${cells[previous] ?? ''}") and ${index + 1} ("${cell}") mean the same thing`,
      });
    }
    map[id] = index;
    recognised++;
  });
  return { map, recognised, filled };
}

/** A header row must name both term columns; say which one is missing and how to spell it. */
export function requireTermColumns(map: ColumnMap, file: string, line: number): void {
  if (map.fa === undefined) {
    throw new AppError('parse', { file, line, reason: 'the header names no Persian column (fa, persian, farsi or source)' });
  }
  if (map.en === undefined) {
    throw new AppError('parse', { file, line, reason: 'the header names no English column (en, english or target)' });
  }
}

/** OmegaT's fixed layout, for files without a header. */
export const OMEGAT_COLUMNS: ColumnMap = { fa: 0, en: 1, comment: 2 };
