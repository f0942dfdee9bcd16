/**
 * The side panel's "possible misspelling" notes for the active segment: the word, the glossary name it
 * is probably meant to be, and that name's English as a button that inserts it into the translation.
 */
import type { Misspelling } from '../../../../core/qa/misspelling';
import type { QaIssue } from '../../../../shared/model';
import { isolate, t } from '../../i18n/i18n';
import { clear, h } from '../../ui/dom';
import { misspellingText } from './live-misspellings';

/** No render key is ever this: the state after a reset. */
const NOTHING_RENDERED = '\u0000';

export class MisspellingPanel {
  readonly el: HTMLElement;
  private readonly list = h('ul', { class: 'finding-list' });
  private shown = '';

  constructor(
    private readonly onInsert: (english: string) => void,
    private readonly onIgnore: (issue: QaIssue) => void,
  ) {
    this.el = h(
      'section',
      { class: 'side-section misspelling-panel', attrs: { 'data-testid': 'misspelling-panel' } },
      h('header', { class: 'side-header' }, h('h3', { i18n: 'misspelling.title' })),
      this.list,
    );
    this.el.hidden = true;
  }

  /** Forget what is shown, so the next render rebuilds even when it has nothing to show (a new document). */
  reset(): void {
    this.shown = NOTHING_RENDERED;
  }

  /** Called on every keystroke: rebuilds only when the segment's misspellings change. */
  render(found: readonly Misspelling[], dismissable: ReadonlyMap<string, QaIssue> = new Map()): void {
    const shown = found
      .map((m) => `${m.start}:${m.word}:${m.name.entry}:${dismissable.get(m.word)?.key ?? ''}`)
      .join('\n');
    if (shown === this.shown) return;
    this.shown = shown;
    clear(this.list);
    this.el.hidden = found.length === 0;
    for (const m of found) {
      this.list.append(
        h(
          'li',
          { class: 'finding-item sev-warning' },
          h('span', { class: 'finding-message', text: misspellingText(m), attrs: { dir: 'auto' } }),
          h('button', {
            class: 'term-insert',
            text: m.name.english,
            attrs: {
              type: 'button',
              dir: 'ltr',
              title: t('terms.insertHint', { text: isolate(m.name.english) }),
              'data-testid': 'misspelling-insert',
            },
            on: { click: () => this.onInsert(m.name.english) },
          }),
          ...this.ignoreButton(dismissable.get(m.word)),
        ),
      );
    }
  }

  private ignoreButton(finding: QaIssue | undefined): HTMLElement[] {
    if (!finding) return [];
    const onIgnore = this.onIgnore;
    return [
      h('button', {
        class: 'btn btn-small',
        i18n: 'qaView.ignore',
        i18nTitle: 'qaFinding.ignoreHint',
        attrs: { type: 'button', 'data-testid': 'finding-ignore' },
        on: { click: () => onIgnore(finding) },
      }),
    ];
  }
}
