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
import { readTable } from './table-read';
import type { TableRow } from './table-read';
import { entryRows } from './table-write';
import type { WritableEntry } from './table-write';
import { neutralizeCell, restoreCell } from '../spreadsheet-cell';

const MARKER = /^#\s*barabar glossary tsv\b/i;

/** Returns whether the file had a column header (our layout or a named one) rather than OmegaT's three. */
export function readTsv(text: string, file: string, collector: EntryCollector): { named: boolean } {
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r\n|\n|\r/);
  let escaped = false;
  let columns: ColumnMap | undefined;
  let header: readonly string[] | undefined;
  let named = false;
  const rows: TableRow[] = [];

  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.startsWith('#')) {
      if (MARKER.test(raw)) escaped = true;
      else if (columns === undefined && rows.length === 0 && raw.includes('\t')) {
        // A commented header: "# fa<TAB>en<TAB>comment…". It must name both term columns.
        const cells = raw.slice(1).split('\t');
        const match = matchHeader(cells, file, line);
        if (match.map.fa !== undefined && match.map.en !== undefined) {
          [columns, header, named] = [match.map, cells.map((c) => c.trim()), true];
        }
      }
      return;
    }
    if (raw.trim() === '') return;
    const cells = raw.split('\t');
    if (columns === undefined) {
      // An uncommented header row ("Persian<TAB>English") is recognised only when every cell is a column
      // name, so a real first entry is never swallowed.
      const match = matchHeader(cells, file, line);
      columns = OMEGAT_COLUMNS;
      if (match.map.fa !== undefined && match.map.en !== undefined && match.recognised === match.filled) {
        [columns, header, named] = [match.map, cells.map((c) => c.trim()), true];
        return;
      }
    }
    if (cells.length < 2 && !named) {
      collector.reject(`line ${line}`, 'no tab: expected Persian<TAB>English<TAB>comment');
      return;
    }
    rows.push({ line, cells: escaped ? cells.map((c) => unescapeCell(restoreCell(c))) : cells });
  });

  readTable(rows, columns ?? OMEGAT_COLUMNS, header, collector);
  return { named };
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
