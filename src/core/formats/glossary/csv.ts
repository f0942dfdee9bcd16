/**
 * CSV glossaries (RFC 4180: quoted cells may hold commas, "" quotes and line breaks) with a header row.
 * Spreadsheets in many locales save with ";" instead of ","; the delimiter is whichever of , ; TAB occurs
 * most in the header line. Our export writes a UTF-8 BOM because Excel otherwise opens UTF-8 CSV as the
 * ANSI code page and shows Persian as mojibake; the reader drops it.
 *
 * Our header row is written as a comment, "# fa,en,comment,…": OmegaT's CSV glossary reader skips lines
 * starting with "#" (it read a plain header as a term "fa → en"), and this reader still takes it as the
 * header. Other "#" lines before the header are comments. Cells that a spreadsheet would run as a
 * formula are written with a leading quote (spreadsheet-cell.ts) and restored when reading our export.
 */
import { AppError } from '../../../shared/errors';
import type { EntryCollector } from './entry-collector';
import { EXPORT_HEADER, OMEGAT_COLUMNS, matchHeader, requireTermColumns } from './table-columns';
import { readTableSteps } from './table-read';
import type { TableRow } from './table-read';
import { entryRows } from './table-write';
import { neutralizeCell, restoreCell } from '../spreadsheet-cell';
import type { WritableEntry } from './table-write';

const ARABIC_SCRIPT = /[\u0600-\u06ff]/;

/** Yields after each row (see readTableSteps). */
export function* readCsv(text: string, file: string, collector: EntryCollector): Generator<void, void> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records = csvRecords(body, file, sniffDelimiter(body));
  let first = records.next();
  let head = first.done === true ? undefined : first.value;
  let commented = false;
  // Leading "#" records: our commented header, or comments to skip.
  while (head !== undefined && (head.cells[0] ?? '').startsWith('#')) {
    const cells = [(head.cells[0] ?? '').replace(/^#\s*/, ''), ...head.cells.slice(1)];
    const m = matchHeader(cells, file, head.line);
    if (m.map.fa !== undefined && m.map.en !== undefined) {
      head = { line: head.line, cells };
      commented = true;
      break;
    }
    first = records.next();
    head = first.done === true ? undefined : first.value;
  }
  if (head === undefined) return;
  const match = matchHeader(head.cells, file, head.line);

  if (match.recognised === 0 && ARABIC_SCRIPT.test(head.cells[0] ?? '')) {
    // No header but Persian in column 1: OmegaT's own CSV glossary layout (source, target, comment).
    yield* readTableSteps(prepend(head, records), OMEGAT_COLUMNS, undefined, collector);
    return;
  }
  if (match.recognised === 0) {
    throw new AppError('parse', {
      file,
      line: head.line,
      reason: 'the first row is not a header: name the columns, e.g. "fa,en,note"',
    });
  }
  requireTermColumns(match.map, file, head.line);
  // Only a file with our commented header had its formula-like cells quoted by us.
  yield* readTableSteps(commented ? restored(records) : records, match.map, head.cells.map((c) => c.trim()), collector);
}

function* restored(rows: Iterator<TableRow>): Generator<TableRow> {
  for (let r = rows.next(); r.done !== true; r = rows.next()) {
    yield { line: r.value.line, cells: r.value.cells.map(restoreCell) };
  }
}

function* prepend(first: TableRow, rest: Iterator<TableRow>): Generator<TableRow> {
  yield first;
  for (let r = rest.next(); r.done !== true; r = rest.next()) yield r.value;
}

function sniffDelimiter(text: string): string {
  const end = text.search(/[\r\n]/);
  const line = end === -1 ? text : text.slice(0, end);
  const count = (c: string): number => line.split(c).length - 1;
  const candidates = [',', ';', '\t'].map((d) => ({ d, n: count(d) }));
  return candidates.reduce((best, c) => (c.n > best.n ? c : best)).d;
}

/** Streams records; `line` is where each record starts, counting line breaks inside quoted cells. */
export function* csvRecords(text: string, file: string, delimiter = ','): Generator<TableRow> {
  const len = text.length;
  const stop = new RegExp(`[${delimiter === '\t' ? '\\t' : delimiter}\\r\\n]`, 'g');
  let pos = 0;
  let line = 1;
  while (pos < len) {
    const start = line;
    const cells: string[] = [];
    let endOfRecord = false;
    while (!endOfRecord) {
      let value: string;
      if (text.charCodeAt(pos) === 34 /* " */) {
        value = '';
        const open = line;
        pos++;
        for (;;) {
          const q = text.indexOf('"', pos);
          if (q === -1) throw new AppError('parse', { file, line: open, reason: 'a quoted cell is never closed' });
          const chunk = text.slice(pos, q);
          line += countBreaks(chunk);
          value += chunk;
          if (text.charCodeAt(q + 1) === 34) {
            value += '"';
            pos = q + 2;
          } else {
            pos = q + 1;
            break;
          }
        }
        const next = text[pos];
        if (next !== undefined && next !== delimiter && next !== '\r' && next !== '\n') {
          throw new AppError('parse', { file, line, reason: `unexpected ${JSON.stringify(next)} after a closing quote` });
        }
      } else {
        stop.lastIndex = pos;
        const m = stop.exec(text);
        const end = m === null ? len : m.index;
        value = text.slice(pos, end);
        pos = end;
      }
      cells.push(value);
      const c = text[pos];
      if (c === delimiter) pos++;
      else {
        endOfRecord = true;
        if (c === '\r') pos += text[pos + 1] === '\n' ? 2 : 1;
        else if (c === '\n') pos++;
        if (c !== undefined) line++;
      }
    }
    // A blank line is not a record with one empty cell.
    if (cells.length > 1 || cells[0] !== '') yield { line: start, cells };
  }
}

function countBreaks(s: string): number {
  if (s.indexOf('\n') === -1 && s.indexOf('\r') === -1) return 0;
  return s.match(/\r\n|\r|\n/g)?.length ?? 0;
}

export function* writeCsv(entries: Iterable<WritableEntry>): Generator<string> {
  yield '\ufeff# ' + EXPORT_HEADER.join(',') + '\r\n';
  let n = 0;
  for (const entry of entries) {
    n++;
    let out = '';
    for (const cells of entryRows(entry, n)) out += cells.map((c) => quote(neutralizeCell(c))).join(',') + '\r\n';
    yield out;
  }
}

function quote(s: string): string {
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
