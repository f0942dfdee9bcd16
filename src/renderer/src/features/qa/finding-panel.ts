/**
 * The side panel's list of QA findings on the active segment, from the last F8 / Shift+F8 run: each with
 * its message and "Not an error" (Ctrl+F8 marks the first), so a finding is dismissed where it is read.
 * Hidden while the segment has none.
 */
import type { Misspelling } from '../../../../core/qa/misspelling';
import type { QaIssue } from '../../../../shared/model';
import { isolateParams, t } from '../../i18n/i18n';
import { clear, h } from '../../ui/dom';

/** No render key is ever this: the state after a reset. */
const NOTHING_RENDERED = '\u0000';

/** The open findings of one segment that the editor offers to dismiss (untranslated is not one). */
export function segmentFindings(issues: readonly QaIssue[], segment: number): QaIssue[] {
  return issues.filter((i) => i.segment === segment && !i.ignored && i.check !== 'untranslated');
}

/**
 * After F8 a misspelt name is both a QA finding and a live note. It is shown once, as the note (which
 * offers the name's English), carrying the finding's "Not an error"; the finding list keeps the rest.
 */
export function splitMisspellingFindings(
  findings: readonly QaIssue[],
  live: readonly Misspelling[],
): { findings: QaIssue[]; dismissable: Map<string, QaIssue> } {
  const words = new Set(live.map((m) => m.word));
  const dismissable = new Map<string, QaIssue>();
  const rest: QaIssue[] = [];
  for (const f of findings) {
    const word = f.params.word;
    if (
      f.check === 'possible-misspelling' &&
      typeof word === 'string' &&
      words.has(word) &&
      !dismissable.has(word)
    )
      dismissable.set(word, f);
    else rest.push(f);
  }
  return { findings: rest, dismissable };
}

export class FindingPanel {
  readonly el: HTMLElement;
  private readonly list = h('ul', { class: 'finding-list' });
  private shown = '';

  constructor(private readonly onIgnore: (issue: QaIssue) => void) {
    this.el = h(
      'section',
      { class: 'side-section finding-panel', attrs: { 'data-testid': 'finding-panel' } },
      h('header', { class: 'side-header' }, h('h3', { i18n: 'qaFinding.title' })),
      this.list,
    );
    this.el.hidden = true;
  }

  /** Forget what is shown (language switch): the next render rebuilds. */
  /** Forget what is shown, so the next render rebuilds even when it has nothing to show (a new document). */
  reset(): void {
    this.shown = NOTHING_RENDERED;
  }

  /** Called on every keystroke with the active segment's findings: rebuilds only when they change. */
  render(findings: readonly QaIssue[]): void {
    const shown = findings.map((f) => f.key).join('\n');
    if (shown === this.shown) return;
    this.shown = shown;
    clear(this.list);
    this.el.hidden = findings.length === 0;
    for (const f of findings) {
      this.list.append(
        h(
          'li',
          { class: `finding-item sev-${f.severity}`, attrs: { 'data-key': f.key } },
          h('span', { class: `sev-badge sev-${f.severity}`, i18n: `severity.${f.severity}` }),
          h('span', {
            class: 'finding-message',
            text: t(f.message, { ...isolateParams(f.params), defaultValue: f.check }),
          }),
          h('button', {
            class: 'btn btn-small',
            i18n: 'qaView.ignore',
            i18nTitle: 'qaFinding.ignoreHint',
            attrs: { type: 'button', 'data-testid': 'finding-ignore' },
            on: { click: () => this.onIgnore(f) },
          }),
        ),
      );
    }
  }
}
