/**
 * Rows of a TSV or CSV glossary → entries. One reader for both, and for both layouts: a plain sheet
 * (no entry column: every row is one entry) and our export (rows grouped by the entry column). See
 * table-columns.ts for the layout and what "described" means.
 */
import type { ContextRendering, EntryInput, Lang, Subject, Term, TermStatus, TermType } from '../../../shared/model';
import type { ColumnId, ColumnMap } from './table-columns';
import type { EntryCollector } from './entry-collector';
import { parseTableComment } from './rule-marks';
import {
  LANG_NAME,
  STATUS_LIST,
  TYPE_LIST,
  cleanTerm,
  parseStatus,
  parseSubject,
  parseTermType,
} from './values';

export interface TableRow {
  /** 1-based line where the row starts. */
  line: number;
  cells: readonly string[];
}

interface Slot {
  term: Term;
  /** Line that described the term, or where it was first seen as context. */
  line: number;
  described: boolean;
}

type EntryField = 'key' | 'subject' | 'definition' | 'note' | 'source';

interface Group {
  id: string;
  externalId: string | undefined;
  lines: number[];
  fields: Partial<Record<EntryField, { value: string; line: number }>>;
  slots: Map<string, Slot>;
  /** Context renderings read from our export's comment (its first row's). */
  contexts?: ContextRendering[];
  failed: boolean;
}

const SIDES = [
  { lang: 'fa', status: 'faStatus', type: 'faType', pos: 'faPos', note: 'faNote' },
  { lang: 'en', status: 'enStatus', type: 'enType', pos: 'enPos', note: 'enNote' },
] as const satisfies readonly { lang: Lang; status: ColumnId; type: ColumnId; pos: ColumnId; note: ColumnId }[];

/** Reads every row, then files each entry with the collector (entries may span non-adjacent rows). */
export function readTable(
  rows: Iterable<TableRow>,
  columns: ColumnMap,
  header: readonly string[] | undefined,
  collector: EntryCollector,
): void {
  const reader = new TableReader(columns, header, collector);
  // Without an entry or key column every row is its own entry: file it at once, so memory does not grow
  // with the rows waiting for the end of the file (a 1M-line OmegaT TSV: issue 13.17).
  const rowIsEntry = columns.entry === undefined && columns.key === undefined;
  for (const row of rows) {
    const group = reader.readRow(row);
    if (rowIsEntry && group !== undefined) {
      reader.groups.delete(group.id);
      if (!group.failed) fileGroup(group, collector);
    }
  }
  for (const group of reader.groups.values()) {
    if (!group.failed) fileGroup(group, collector);
  }
}

/** A class rather than closures: this runs for every row of a 100,000-entry file, and closures per row
 * showed up as garbage-collection time. */
class TableReader {
  readonly groups = new Map<string, Group>();
  /**
   * Without a note column the comment is the note (OmegaT's third column); with one, our export wrote the
   * comment only as a summary for OmegaT users and it is not read back.
   */
  private readonly noteColumn: ColumnId;

  constructor(
    private readonly columns: ColumnMap,
    private readonly header: readonly string[] | undefined,
    private readonly collector: EntryCollector,
  ) {
    this.noteColumn = columns.note !== undefined ? 'note' : 'comment';
  }

  /** The row's group (undefined for a blank row). */
  readRow(row: TableRow): Group | undefined {
    if (row.cells.every((c) => c.trim() === '')) return undefined;
    const entryId = this.cell(row, 'entry');
    const key = this.cell(row, 'key');
    const groupId = entryId !== '' ? `e\u0001${entryId}` : key !== '' ? `k\u0001${key}` : `l\u0001${row.line}`;
    let group = this.groups.get(groupId);
    if (group === undefined) {
      group = { id: groupId, externalId: entryId || key || undefined, lines: [], fields: {}, slots: new Map(), failed: false };
      this.groups.set(groupId, group);
    }
    group.lines.push(row.line);

    const errors: string[] = [];
    this.setField(group, 'key', key, row.line, errors);
    this.setField(group, 'definition', this.cell(row, 'definition'), row.line, errors);
    const subjectText = this.cell(row, 'subject');
    const subject = subjectText === '' ? undefined : parseSubject(subjectText);
    // A subject from another tool's vocabulary files under "general" and is kept in the note.
    const note = this.cell(row, this.noteColumn);
    const foreign = subjectText !== '' && subject === undefined ? `Subject field: ${subjectText}` : '';
    this.setField(group, 'note', [note, foreign].filter(Boolean).join('\n'), row.line, errors);
    this.setField(group, 'source', this.cell(row, 'source'), row.line, errors);
    if (subject !== undefined) this.setField(group, 'subject', subject, row.line, errors);

    // Our export (it has a note column) writes the QA rules that have no column as marks in the comment.
    const marks = this.noteColumn === 'note' ? parseTableComment(this.cell(row, 'comment')) : undefined;
    if (marks && marks.contexts.length > 0) group.contexts ??= marks.contexts;

    let duplicateOf: number | undefined;
    let added = false;
    for (const side of SIDES) {
      const outcome = this.readSide(row, side, group, errors, side.lang === 'en' && marks?.later === true);
      if (outcome === true) added = true;
      else if (typeof outcome === 'number') duplicateOf ??= outcome;
    }

    if (errors.length > 0) {
      group.failed = true;
      for (const reason of errors) this.collector.reject(`line ${row.line}`, reason);
    } else if (duplicateOf !== undefined && !added) {
      // The row repeats one already read: drop it, keep the entry.
      group.lines.pop();
      this.collector.reject(`line ${row.line}`, `duplicate of line ${duplicateOf}`);
    }
    return group;
  }

  /** true: the row described a new term; number: it repeated the description on that line. */
  private readSide(
    row: TableRow,
    side: (typeof SIDES)[number],
    group: Group,
    errors: string[],
    later: boolean,
  ): boolean | number {
    const text = cleanTerm(side.lang, this.cell(row, side.lang));
    const statusText = this.cell(row, side.status);
    const typeText = this.cell(row, side.type);
    const pos = this.cell(row, side.pos);
    const note = this.cell(row, side.note);
    const described = statusText !== '' || typeText !== '' || pos !== '' || note !== '';
    const name = LANG_NAME[side.lang];
    if (text === '') {
      if (described) errors.push(`${name} status, type or note given but the ${name} cell is empty`);
      return false;
    }
    const status: TermStatus | undefined = statusText === '' ? 'preferred' : parseStatus(statusText);
    if (status === undefined) {
      errors.push(`unknown status "${statusText}" in column ${this.columnName(side.status)} (expected one of: ${STATUS_LIST})`);
      return false;
    }
    const termType: TermType | undefined = typeText === '' ? undefined : parseTermType(typeText);
    if (typeText !== '' && termType === undefined) {
      errors.push(`unknown term type "${typeText}" in column ${this.columnName(side.type)} (expected one of: ${TYPE_LIST})`);
      return false;
    }
    const term: Term = { lang: side.lang, text, status };
    if (termType !== undefined) term.termType = termType;
    if (pos !== '') term.partOfSpeech = pos;
    if (note !== '') term.note = note;
    if (later && described) term.later = true;

    const slotKey = `${side.lang}\u0001${text}`;
    const slot = group.slots.get(slotKey);
    if (slot === undefined || (described && !slot.described)) {
      group.slots.set(slotKey, { term, line: row.line, described });
      return described;
    }
    if (!described) return false;
    if (sameTerm(slot.term, term)) return slot.line;
    errors.push(`${name} term "${text}" is described differently on line ${slot.line}`);
    return false;
  }

  private cell(row: TableRow, id: ColumnId): string {
    const i = this.columns[id];
    return i === undefined ? '' : (row.cells[i] ?? '').trim();
  }

  private setField(group: Group, field: EntryField, value: string, line: number, errors: string[]): void {
    if (value === '') return;
    const first = group.fields[field];
    if (first === undefined) group.fields[field] = { value, line };
    else if (first.value !== value) errors.push(`${field} "${value}" differs from "${first.value}" on line ${first.line}`);
  }

  private columnName(id: ColumnId): string {
    const i = this.columns[id] ?? 0;
    return `"${this.header?.[i] ?? `column ${i + 1}`}"`;
  }
}

function fileGroup(group: Group, collector: EntryCollector): void {
  const where = describeLines(group.lines);
  const slots = [...group.slots.values()];
  const terms = [...ordered(slots, 'fa'), ...ordered(slots, 'en')];
  if (group.lines.length === 1) {
    // A one-row entry is a plain sheet row: name the empty cell, which is what the user has to fix.
    for (const lang of ['fa', 'en'] as const) {
      if (!terms.some((t) => t.lang === lang)) return collector.reject(where, `empty ${LANG_NAME[lang]} cell`);
    }
  }
  const f = group.fields;
  // Stored already canonical by parseSubject in readTable.
  const entry: EntryInput = { subject: (f.subject?.value as Subject | undefined) ?? 'general', terms };
  if (f.key !== undefined) entry.key = f.key.value;
  if (f.definition !== undefined) entry.definition = f.definition.value;
  if (f.note !== undefined) entry.note = f.note.value;
  if (f.source !== undefined) entry.source = f.source.value;
  if (group.contexts !== undefined) entry.contexts = group.contexts;
  collector.add(where, entry, group.externalId);
}

function ordered(slots: readonly Slot[], lang: Lang): Term[] {
  return slots
    .filter((s) => s.term.lang === lang)
    .sort((a, b) => a.line - b.line)
    .map((s) => s.term);
}

function sameTerm(a: Term, b: Term): boolean {
  return (
    a.status === b.status &&
    a.termType === b.termType &&
    a.partOfSpeech === b.partOfSpeech &&
    a.note === b.note &&
    a.later === b.later
  );
}

function describeLines(lines: readonly number[]): string {
  if (lines.length === 1) return `line ${lines[0] ?? 0}`;
  const shown = lines.slice(0, 5).join(', ');
  return `lines ${shown}${lines.length > 5 ? ', …' : ''}`;
}
