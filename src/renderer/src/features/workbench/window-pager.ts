import { formatNumber } from '../../i18n/i18n';
import { h, setI18n } from '../../ui/dom';

/** "Segments 1–250 of 1,026" with previous / next buttons, shown only for documents split into windows. */
export class WindowPager {
  readonly el = h('div', { class: 'pager', attrs: { 'data-testid': 'pager' } });
  private readonly text = h('span', { class: 'pager-text' });
  private readonly prev: HTMLButtonElement;
  private readonly next: HTMLButtonElement;

  constructor(step: (dir: 1 | -1) => void) {
    this.prev = h('button', {
      class: 'btn btn-small',
      text: '‹',
      i18nTitle: 'editor.prevWindow',
      attrs: { type: 'button', 'data-dir': 'prev' },
      on: { click: () => step(-1) },
    });
    this.next = h('button', {
      class: 'btn btn-small',
      text: '›',
      i18nTitle: 'editor.nextWindow',
      attrs: { type: 'button', 'data-dir': 'next' },
      on: { click: () => step(1) },
    });
    this.el.append(this.prev, this.text, this.next);
    this.el.hidden = true;
  }

  render(win: { first: number; count: number } | null, total: number): void {
    if (!win || win.count >= total) {
      this.el.hidden = true;
      return;
    }
    this.el.hidden = false;
    setI18n(this.text, 'editor.window', {
      from: formatNumber(win.first + 1),
      to: formatNumber(win.first + win.count),
      total: formatNumber(total),
    });
    this.prev.disabled = win.first === 0;
    this.next.disabled = win.first + win.count >= total;
  }
}
