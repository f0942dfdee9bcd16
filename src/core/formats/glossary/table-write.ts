/**
 * Entries → table rows (cells in COLUMN_IDS order), shared by the TSV and CSV writers.
 *
 * Every row carries a Persian and an English term so that OmegaT, which reads only the first three
 * columns, sees a useful pair on each line:
 *   1. the first Persian term with the preferred English term (first "preferred", else the first English);
 *   2. each further Persian term (spelling variants) with that same English term as context;
 *   3. each English term not yet described, with the first Persian term as context — left empty for
 *      deprecated and forbidden renderings, so OmegaT never proposes them.
 * The English term is described on row 1 only when it is also the first English term; otherwise it gets
 * its own row in step 3, which keeps the English order intact on re-import.
 */
import type { EntryInput, Term } from '../../../shared/model';
import { COLUMN_IDS } from './table-columns';
import type { ColumnId } from './table-columns';
import { TABLE_LATER_MARK, tableContextText } from './rule-marks';

export type WritableEntry = EntryInput & { id?: number };

const INDEX = Object.fromEntries(COLUMN_IDS.map((id, i) => [id, i])) as Record<ColumnId, number>;

/** `n` is the 1-based position in the export, used as the entry id when the entry has no database id. */
export function entryRows(entry: WritableEntry, n: number): string[][] {
  const fa = entry.terms.filter((t) => t.lang === 'fa');
  const en = entry.terms.filter((t) => t.lang === 'en');
  const p = Math.max(0, en.findIndex((t) => t.status === 'preferred'));
  const firstFa = fa[0];
  const pivotEn = en[p];

  const base: string[] = new Array<string>(COLUMN_IDS.length).fill('');
  base[INDEX.entry] = entry.id !== undefined ? String(entry.id) : `n${n}`;
  base[INDEX.key] = entry.key ?? '';
  base[INDEX.subject] = entry.subject;
  base[INDEX.definition] = entry.definition ?? '';
  base[INDEX.note] = entry.note ?? '';
  base[INDEX.source] = entry.source ?? '';

  const rows: string[][] = [];
  const row = (faTerm: Term | undefined, faText: string, enTerm: Term | undefined, enText: string): void => {
    const cells = base.slice();
    cells[INDEX.fa] = faText;
    cells[INDEX.en] = enText;
    if (faTerm !== undefined) describe(cells, 'fa', faTerm);
    if (enTerm !== undefined) describe(cells, 'en', enTerm);
    cells[INDEX.comment] = comment(enTerm, entry, rows.length === 0);
    rows.push(cells);
  };

  fa.forEach((t, k) => row(t, t.text, k === 0 && p === 0 ? pivotEn : undefined, pivotEn?.text ?? ''));
  en.forEach((t, j) => {
    if (j === 0 && p === 0 && firstFa !== undefined) return;
    const hide = t.status === 'deprecated' || t.status === 'forbidden';
    row(undefined, hide ? '' : (firstFa?.text ?? ''), t, t.text);
  });
  return rows;
}

function describe(cells: string[], side: 'fa' | 'en', t: Term): void {
  cells[INDEX[`${side}Status`]] = t.status;
  cells[INDEX[`${side}Type`]] = t.termType ?? '';
  cells[INDEX[`${side}Pos`]] = t.partOfSpeech ?? '';
  cells[INDEX[`${side}Note`]] = t.note ?? '';
}

/**
 * What an OmegaT user sees beside the pair: a warning for non-preferred English, the QA rules that have no
 * column of their own (a short form for later mentions, context renderings), then the notes.
 */
function comment(en: Term | undefined, entry: WritableEntry, first: boolean): string {
  const parts: string[] = [];
  if (en !== undefined && en.status !== 'preferred') parts.push(`[${en.status}]`);
  if (en?.later === true) parts.push(TABLE_LATER_MARK);
  if (en?.note !== undefined) parts.push(en.note);
  if (first && entry.note !== undefined) parts.push(entry.note);
  if (first) for (const c of entry.contexts ?? []) parts.push(tableContextText(c));
  return parts.join(' ');
}
