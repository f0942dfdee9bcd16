/**
 * The QA report as a list a translator can work through: filtered by severity, check, document and status
 * (open / "not an error"), counted per check, with the untranslated segments of each document folded into
 * one expandable row ("9 segments not translated") that can be hidden. Pure: the view renders its rows.
 */
import type { QaIssue, QaSeverity } from '../../../../shared/model';

export type QaStatusFilter = 'open' | 'ignored' | 'all';

export interface QaFilter {
  severity: QaSeverity | 'all';
  check: string | 'all';
  documentId: number | 'all';
  status: QaStatusFilter;
  hideUntranslated: boolean;
}

export const DEFAULT_QA_FILTER: QaFilter = {
  severity: 'all',
  check: 'all',
  documentId: 'all',
  status: 'open',
  hideUntranslated: false,
};

export type QaRow =
  | { kind: 'issue'; issue: QaIssue }
  | { kind: 'untranslated'; documentId: number; document: string; issues: QaIssue[]; expanded: boolean };

const UNTRANSLATED = 'untranslated';

function statusMatches(issue: QaIssue, status: QaStatusFilter): boolean {
  return status === 'all' || (status === 'ignored') === issue.ignored;
}

/** Issues that pass the filter (the untranslated ones included, unless hidden). */
export function filterIssues(issues: readonly QaIssue[], f: QaFilter): QaIssue[] {
  return issues.filter(
    (i) =>
      (f.severity === 'all' || i.severity === f.severity) &&
      (f.check === 'all' || i.check === f.check) &&
      (f.documentId === 'all' || i.documentId === f.documentId) &&
      statusMatches(i, f.status) &&
      !(f.hideUntranslated && i.check === UNTRANSLATED),
  );
}

/**
 * Issues per check under every filter except the check filter itself, so the check menu shows what each
 * choice would list. Checks keep their first-seen order.
 */
export function countsByCheck(issues: readonly QaIssue[], f: QaFilter): Map<string, number> {
  const counts = new Map<string, number>();
  for (const i of filterIssues(issues, { ...f, check: 'all' }))
    counts.set(i.check, (counts.get(i.check) ?? 0) + 1);
  return counts;
}

/** Documents that have issues, in first-seen order, for the document filter. */
export function documentsOf(issues: readonly QaIssue[]): { id: number; name: string }[] {
  const seen = new Map<number, string>();
  for (const i of issues) if (!seen.has(i.documentId)) seen.set(i.documentId, i.document);
  return [...seen].map(([id, name]) => ({ id, name }));
}

/**
 * Rows of the report: each document's untranslated segments become one row where the first of them
 * stood (followed by the single issues when that document is in `expanded`); every other issue is a row.
 */
export function reportRows(visible: readonly QaIssue[], expanded: ReadonlySet<number>): QaRow[] {
  const groups = new Map<number, QaIssue[]>();
  for (const i of visible) {
    if (i.check !== UNTRANSLATED) continue;
    const g = groups.get(i.documentId);
    if (g) g.push(i);
    else groups.set(i.documentId, [i]);
  }
  const rows: QaRow[] = [];
  const placed = new Set<number>();
  for (const issue of visible) {
    if (issue.check !== UNTRANSLATED) {
      rows.push({ kind: 'issue', issue });
      continue;
    }
    if (placed.has(issue.documentId)) continue;
    placed.add(issue.documentId);
    const group = groups.get(issue.documentId) ?? [];
    const open = expanded.has(issue.documentId);
    rows.push({
      kind: 'untranslated',
      documentId: issue.documentId,
      document: issue.document,
      issues: group,
      expanded: open,
    });
    if (open) for (const i of group) rows.push({ kind: 'issue', issue: i });
  }
  return rows;
}
