import { describe, expect, it } from 'vitest';
import {
  countsByCheck,
  DEFAULT_QA_FILTER,
  documentsOf,
  filterIssues,
  reportRows,
} from '../../../../src/renderer/src/features/qa/qa-report';
import type { QaIssue, QaSeverity } from '../../../../src/shared/model';

const issue = (
  check: string,
  severity: QaSeverity,
  documentId: number,
  segment: number,
  ignored = false,
): QaIssue => ({
  check,
  severity,
  documentId,
  document: `doc-${documentId}.txt`,
  segment,
  message: `qa.${check}`,
  params: {},
  text: '',
  key: `${check}:${documentId}:${segment}`,
  ignored,
});

// The issue's own example: 53 issues of which 43 are "not translated", and two real errors buried.
const ISSUES: QaIssue[] = [
  ...Array.from({ length: 20 }, (_, i) => issue('untranslated', 'warning', 1, i + 5)),
  issue('term-missing', 'error', 1, 2),
  issue('number-missing', 'error', 2, 3),
  issue('doubled-word', 'warning', 2, 4),
  issue('doubled-word', 'warning', 2, 6, true),
  ...Array.from({ length: 23 }, (_, i) => issue('untranslated', 'warning', 2, i + 10)),
  issue('inconsistent-term', 'warning', 3, 1),
];

describe('QA report', () => {
  it('filters by severity, check, document and status', () => {
    const f = DEFAULT_QA_FILTER;
    expect(filterIssues(ISSUES, { ...f, severity: 'error' }).map((i) => i.check)).toEqual([
      'term-missing',
      'number-missing',
    ]);
    expect(filterIssues(ISSUES, { ...f, check: 'doubled-word' })).toHaveLength(1);
    expect(filterIssues(ISSUES, { ...f, check: 'doubled-word', status: 'all' })).toHaveLength(2);
    expect(filterIssues(ISSUES, { ...f, status: 'ignored' }).map((i) => i.segment)).toEqual([6]);
    expect(filterIssues(ISSUES, { ...f, documentId: 3 }).map((i) => i.check)).toEqual(['inconsistent-term']);
    expect(filterIssues(ISSUES, { ...f, hideUntranslated: true })).toHaveLength(4);
  });

  it('counts per check under the other filters', () => {
    expect([...countsByCheck(ISSUES, DEFAULT_QA_FILTER)]).toEqual([
      ['untranslated', 43],
      ['term-missing', 1],
      ['number-missing', 1],
      ['doubled-word', 1],
      ['inconsistent-term', 1],
    ]);
    expect([
      ...countsByCheck(ISSUES, { ...DEFAULT_QA_FILTER, documentId: 2, check: 'doubled-word' }),
    ]).toEqual([
      ['number-missing', 1],
      ['doubled-word', 1],
      ['untranslated', 23],
    ]);
    expect(documentsOf(ISSUES).map((d) => d.id)).toEqual([1, 2, 3]);
  });

  it('folds each document’s untranslated segments into one expandable row', () => {
    const visible = filterIssues(ISSUES, DEFAULT_QA_FILTER);
    const rows = reportRows(visible, new Set());
    expect(
      rows.map((r) =>
        r.kind === 'issue' ? r.issue.check : `${r.issues.length} untranslated in ${r.documentId}`,
      ),
    ).toEqual([
      '20 untranslated in 1',
      'term-missing',
      'number-missing',
      'doubled-word',
      '23 untranslated in 2',
      'inconsistent-term',
    ]);
    const open = reportRows(visible, new Set([1]));
    expect(open).toHaveLength(6 + 20);
    expect(open[1]).toMatchObject({ kind: 'issue', issue: { check: 'untranslated', segment: 5 } });
  });
});
