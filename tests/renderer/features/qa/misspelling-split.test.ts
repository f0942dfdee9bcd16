// After F8 a misspelt name is a QA finding and a live note at once: the side panel shows it once.
import { describe, expect, it } from 'vitest';
import type { Misspelling } from '../../../../src/core/qa/misspelling';
import { splitMisspellingFindings } from '../../../../src/renderer/src/features/qa/finding-panel';
import type { QaIssue } from '../../../../src/shared/model';

const finding = (check: string, key: string, params: QaIssue['params'] = {}): QaIssue => ({
  check,
  severity: 'warning',
  documentId: 1,
  document: 'd.txt',
  segment: 3,
  message: `qa.${check}`,
  params,
  text: '',
  key,
  ignored: false,
});
const live = (word: string): Misspelling => ({
  start: 0,
  end: word.length,
  word,
  name: { term: 'خرنین', english: 'Viktor Khrenin', entry: 7 } as Misspelling['name'],
});

describe('splitMisspellingFindings', () => {
  it('moves the finding of a word the live check also marks to that note, keeps the others', () => {
    const misspelt = finding('possible-misspelling', 'm1', { word: 'خرنینگ', term: 'خرنین' });
    const doubled = finding('doubled-word', 'd1');
    const { findings, dismissable } = splitMisspellingFindings([misspelt, doubled], [live('خرنینگ')]);
    expect(findings).toEqual([doubled]);
    expect(dismissable.get('خرنینگ')).toBe(misspelt);
  });

  it('keeps a misspelling finding in the list when no live note shows its word', () => {
    const misspelt = finding('possible-misspelling', 'm1', { word: 'خرنینگ' });
    const { findings, dismissable } = splitMisspellingFindings([misspelt], [live('دیگری')]);
    expect(findings).toEqual([misspelt]);
    expect(dismissable.size).toBe(0);
  });
});
