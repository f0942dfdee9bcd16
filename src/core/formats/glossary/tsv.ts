/**
 * OmegaT glossary TSV (`Persian<TAB>English<TAB>comment`, `#` lines are comments) and our richer TSV.
 *
 * Our export is an OmegaT file with a `#` header: a marker line, then a `#`-prefixed column header (the
 * layout is documented in table-columns.ts). OmegaT skips both and reads columns 1–3 as usual.
 * Only under the marker are `\t` `\n` `\r` `\\` `\#` escapes decoded: a plain OmegaT file has no escaping,
 * so a backslash in someone else's glossary stays a backslash. Likewise only there is the quote that our
 * export puts before formula-like cells (spreadsheet-cell.ts) removed again.
 */
import type { EntryCollector } from './entry-collector';
import { EXPORT_HEADER, OMEGAT_COLUMNS, matchHeader } from './table-columns';
import type { ColumnMap } from './table-columns';
import { readTableSteps } from './table-read';
import type { TableRow } from './table-read';
import { entryRows } from './table-write';
import type { WritableEntry } from './table-write';
import { neutralizeCell, restoreCell } from '../spreadsheet-cell';

const MARKER = /^#\s*barabar glossary tsv\b/i;

/**
 * Yields after each row (see readTableSteps); returns whether the file had a column header (our layout
 * or a named one) rather than OmegaT's three.
 */
export function* readTsv(
  text: string | Iterable<string>,
  file: string,
  collector: EntryCollector,
): Generator<void, { named: boolean }> {
  const state: TsvState = { escaped: false, columns: undefined, header: undefined, named: false };
  // One pass over lines produced lazily: a 1M-line glossary is never held as an array of lines or rows
  // (issue 13.17). The first data line decides the columns; readTable then pulls the remaining rows.
  const lines = linesOf(typeof text === 'string' ? [text] : text);
  const rows = tsvRows(lines, state, file, collector);
  const first = rows.next();
  if (first.done === true) return { named: state.named };
  yield* readTableSteps(prepend(first.value, rows), state.columns ?? OMEGAT_COLUMNS, state.header, collector);
  return { named: state.named };
}

interface TsvState {
  escaped: boolean;
  columns: ColumnMap | undefined;
  header: readonly string[] | undefined;
  named: boolean;
}

/**
 * Lines with their 1-based numbers, split on CRLF, LF or CR, without building an array. The text may come
 * in chunks (a file as it is read): a line, or a CRLF, may then run across two of them. A BOM is dropped.
 */
function* linesOf(chunks: Iterable<string>): Generator<{ line: number; raw: string }> {
  const breaks = /\r\n|\n|\r/g;
  // The current line's text so far, when it runs across chunks (joined once, at its end).
  const parts: string[] = [];
  let line = 1;
  let first = true;
  /** The last chunk ended with CR: an LF starting this one is the rest of that line break. */
  let pendingLf = false;
  for (const chunk of chunks) {
    if (chunk === '') continue;
    let pos = first && chunk.charCodeAt(0) === 0xfeff ? 1 : 0;
    first = false;
    if (pendingLf && chunk.charCodeAt(pos) === 10) pos++;
    pendingLf = false;
    breaks.lastIndex = pos;
    for (let m = breaks.exec(chunk); m !== null; m = breaks.exec(chunk)) {
      parts.push(chunk.slice(pos, m.index));
      yield { line: line++, raw: parts.length === 1 ? (parts[0] ?? '') : parts.join('') };
      parts.length = 0;
      pos = m.index + m[0].length;
      if (pos === chunk.length && m[0] === '\r') pendingLf = true;
    }
    if (pos < chunk.length) parts.push(chunk.slice(pos));
  }
  yield { line, raw: parts.join('') };
}

function* tsvRows(
  lines: Iterable<{ line: number; raw: string }>,
  state: TsvState,
  file: string,
  collector: EntryCollector,
): Generator<TableRow> {
  let seenRow = false;
  for (const { line, raw } of lines) {
    if (raw.startsWith('#')) {
      if (MARKER.test(raw)) state.escaped = true;
      else if (state.columns === undefined && !seenRow && raw.includes('\t')) {
        // A commented header: "# fa<TAB>en<TAB>comment…". It must name both term columns.
        const cells = raw.slice(1).split('\t');
        const match = matchHeader(cells, file, line);
        if (match.map.fa !== undefined && match.map.en !== undefined) {
          [state.columns, state.header, state.named] = [match.map, cells.map((c) => c.trim()), true];
        }
      }
      continue;
    }
    if (raw.trim() === '') continue;
    const cells = raw.split('\t');
    if (state.columns === undefined) {
      // An uncommented header row ("Persian<TAB>English") is recognised only when every cell is a column
      // name, so a real first entry is never swallowed.
      const match = matchHeader(cells, file, line);
      state.columns = OMEGAT_COLUMNS;
      if (match.map.fa !== undefined && match.map.en !== undefined && match.recognised === match.filled) {
        [state.columns, state.header, state.named] = [match.map, cells.map((c) => c.trim()), true];
        continue;
      }
    }
    if (cells.length < 2 && !state.named) {
      collector.reject(`line ${line}`, 'no tab: expected Persian<TAB>English<TAB>comment');
      continue;
    }
    seenRow = true;
    yield { line, cells: state.escaped ? cells.map((c) => unescapeCell(restoreCell(c))) : cells };
  }
}

function* prepend(first: TableRow, rest: Iterator<TableRow>): Generator<TableRow> {
  yield first;
  for (let r = rest.next(); r.done !== true; r = rest.next()) yield r.value;
}

export function* writeTsv(entries: Iterable<WritableEntry>, opts: { createdAt: Date; tool: string }): Generator<string> {
  yield `# Barabar glossary TSV 1 (OmegaT glossary), exported by ${oneLine(opts.tool)} on ${opts.createdAt.toISOString()}\n` +
    '# OmegaT reads columns 1-3 (Persian, English, comment). Rows with the same "entry" form one entry;\n' +
    '# a term counts where its status/type/pos/note cells are filled, else it is context for OmegaT.\n' +
    '# In cells, \\t \\n \\r \\\\ and a leading \\# are escapes.\n' +
    `# ${EXPORT_HEADER.join('\t')}\n`;
  let n = 0;
  for (const entry of entries) {
    n++;
    let out = '';
    for (const cells of entryRows(entry, n)) out += cells.map((c) => neutralizeCell(escapeCell(c))).join('\t') + '\n';
    yield out;
  }
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const UNESCAPES: Record<string, string> = { '\\': '\\', t: '\t', n: '\n', r: '\r', '#': '#' };

function escapeCell(s: string): string {
  const escaped = /[\\\t\n\r]/.test(s) ? s.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c] ?? c) : s;
  // Only the first cell can start a line, but escaping any leading "#" keeps the rule simple.
  return escaped.startsWith('#') ? `\\${escaped}` : escaped;
}

function unescapeCell(s: string): string {
  return s.includes('\\') ? s.replace(/\\([\\tnr#])/g, (_, c: string) => UNESCAPES[c] ?? c) : s;
}

function oneLine(s: string): string {
  return s.replace(/[\r\n\t]+/g, ' ');
}
