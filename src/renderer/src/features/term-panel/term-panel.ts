import type { Entry, TermHit } from '../../../../shared/model';
import { dirOf } from '../../i18n/bidi';
import { isolate, t } from '../../i18n/i18n';
import { clear, h } from '../../ui/dom';
import type { SegmentTermState } from '../consistency/consistency';

export interface TermPanelItem {
  entry: number;
  persian: string;
  asWritten: string;
  english: string;
  alternatives: string[];
  inflected: boolean;
  missing: boolean;
  /** Deprecated or forbidden English of this entry used in the draft (the pane underlines it in red). */
  forbidden: { used: string; expected: string }[];
  note: string;
}

/** One row per glossary entry hit in the segment, in source order. */
export function termPanelItems(
  hits: readonly TermHit[],
  state: SegmentTermState,
  entries: ReadonlyMap<number, Entry>,
): TermPanelItem[] {
  const seen = new Set<number>();
  const out: TermPanelItem[] = [];
  for (const hit of hits) {
    if (seen.has(hit.entry)) continue;
    seen.add(hit.entry);
    const entry = entries.get(hit.entry);
    const en =
      entry?.terms.filter((x) => x.lang === 'en' && (x.status === 'preferred' || x.status === 'admitted')) ??
      [];
    out.push({
      entry: hit.entry,
      persian: hit.term,
      asWritten: hit.text,
      english: hit.english,
      alternatives: en.map((x) => x.text).filter((x) => x !== hit.english),
      inflected: hit.inflected,
      missing: state.missingEntries.has(hit.entry),
      forbidden: state.forbidden
        .filter((f) => f.entry === hit.entry)
        .map((f) => ({ used: f.forbidden, expected: f.expected })),
      note: entry?.note ?? '',
    });
  }
  return out;
}

/** The side panel listing the active segment's terms; clicking one inserts its English. */
export class TermPanel {
  readonly el: HTMLElement;
  private readonly list: HTMLElement;
  private readonly heading: HTMLElement;

  constructor(
    private readonly onInsert: (english: string) => void,
    onAddTerm: () => void,
  ) {
    this.heading = h('span', { class: 'side-count' });
    this.list = h('ul', { class: 'term-list', attrs: { 'data-testid': 'term-panel' } });
    this.el = h(
      'section',
      { class: 'side-section term-panel' },
      h(
        'header',
        { class: 'side-header' },
        h('h3', { i18n: 'terms.title' }),
        this.heading,
        h('button', {
          class: 'btn btn-small',
          i18n: 'terms.add',
          i18nTitle: 'terms.addHint',
          on: { click: onAddTerm },
        }),
      ),
      this.list,
    );
  }

  render(items: readonly TermPanelItem[]): void {
    clear(this.list);
    this.heading.textContent = items.length ? String(items.length) : '';
    if (items.length === 0) {
      this.list.append(h('li', { class: 'empty-note', i18n: 'terms.none' }));
      return;
    }
    items.forEach((item, i) => {
      const insert = (text: string): HTMLButtonElement =>
        h('button', {
          class: 'term-insert',
          text,
          attrs: { type: 'button', title: t('terms.insertHint', { text: isolate(text) }), dir: 'ltr' },
          on: { click: () => this.onInsert(text) },
        });
      this.list.append(
        h(
          'li',
          {
            class: `term-item${item.missing ? ' is-missing' : ''}${item.forbidden.length ? ' is-forbidden' : ''}`,
            attrs: { 'data-entry': String(item.entry) },
          },
          h('span', { class: 'term-num', text: String(i + 1) }),
          h(
            'div',
            { class: 'term-body' },
            h(
              'div',
              { class: 'term-fa', attrs: { dir: 'rtl', lang: 'fa' } },
              h('span', { text: item.persian }),
              item.inflected
                ? h('span', { class: 'term-tag', i18n: 'terms.inflected', i18nTitle: 'terms.inflectedHint' })
                : null,
            ),
            h('div', { class: 'term-en' }, insert(item.english), ...item.alternatives.map((a) => insert(a))),
            item.missing ? h('div', { class: 'term-warn', i18n: 'terms.missing' }) : null,
            ...item.forbidden.map((f) =>
              h('div', {
                class: 'term-forbidden',
                i18n: 'editor.hover.forbidden',
                i18nParams: { forbidden: f.used, expected: f.expected },
                attrs: { 'data-testid': 'term-forbidden' },
              }),
            ),
            item.note
              ? h('div', { class: 'term-note', text: item.note, attrs: { dir: dirOf(item.note) } })
              : null,
          ),
        ),
      );
    });
  }
}
