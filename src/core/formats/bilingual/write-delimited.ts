/**
 * Aligned bilingual table for spreadsheets and scripts. Columns: document, segment, paragraph, status,
 * source, target; one header row, one row per segment.
 *
 * CSV follows RFC 4180: CRLF row ends; a field containing a comma, quote, CR or LF is quoted with quotes
 * doubled. It starts with a UTF-8 byte-order mark because Excel otherwise opens Persian text as mojibake.
 *
 * TSV has no quoting, so fields are escaped instead (the convention of PostgreSQL's text COPY format and
 * Python's csv "escapechar"): backslash → \\, tab → \t, LF → \n, CR → \r. Rows end with LF, no BOM.
 * `unescapeTsvField` reverses it.
 *
 * In both, a cell a spreadsheet would run as a formula (starting with = + - @) gets a leading quote, as
 * OWASP recommends against CSV injection (spreadsheet-cell.ts); `restoreCell` undoes it.
 */
import { chunked } from './chunks';
import { neutralizeCell, restoreCell } from '../spreadsheet-cell';
import type { BilingualDoc, DelimitedKind } from './model';

export const DELIMITED_HEADER = ['document', 'segment', 'paragraph', 'status', 'source', 'target'] as const;

export function writeDelimited(
  docs: Iterable<BilingualDoc>,
  kind: DelimitedKind,
): Generator<string, void, undefined> {
  return chunked(rows(docs, kind));
}

function* rows(docs: Iterable<BilingualDoc>, kind: DelimitedKind): Generator<string, void, undefined> {
  const field = kind === 'csv' ? csvField : tsvField;
  const sep = kind === 'csv' ? ',' : '\t';
  const eol = kind === 'csv' ? '\r\n' : '\n';
  yield (kind === 'csv' ? '\ufeff' : '') + DELIMITED_HEADER.join(sep) + eol;
  for (const doc of docs) {
    const name = field(doc.name);
    for (const s of doc.segments) {
      yield (
        [name, String(s.index), String(s.paragraph), s.status, field(s.source), field(s.target)].join(sep) +
        eol
      );
    }
  }
}

const CSV_SPECIAL = /[",\r\n]/;

export function csvField(text: string): string {
  const s = neutralizeCell(text);
  return CSV_SPECIAL.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const TSV_SPECIAL = /[\\\t\n\r]/g;
const TSV_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

export function tsvField(s: string): string {
  // Escaped first: a leading tab or CR becomes "\t"/"\r" text, which no spreadsheet evaluates.
  return neutralizeCell(s.replace(TSV_SPECIAL, (c) => TSV_ESCAPES[c] ?? c));
}

const TSV_UNESCAPES: Record<string, string> = { '\\': '\\', t: '\t', n: '\n', r: '\r' };

/** Inverse of tsvField; an unknown escape such as "\x" is kept as written. */
export function unescapeTsvField(s: string): string {
  return restoreCell(s).replace(/\\(.)/gs, (whole, c: string) => TSV_UNESCAPES[c] ?? whole);
}
