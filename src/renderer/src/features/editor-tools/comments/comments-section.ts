import type { SegmentComment } from '../../../../../shared/model';
import { dirOf } from '../../../i18n/bidi';
import { currentLanguage, formatNumber } from '../../../i18n/i18n';
import { h } from '../../../ui/dom';
import { toastError } from '../../../ui/toast';
import type { SegmentStore } from '../../workbench/segment-store';
import type { SideSection } from '../side-section';
import type { CommentsStore } from './comments-store';

/** No render key is ever this: the state after a reset. */
const NOTHING_RENDERED = '\u0000';

function formatTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(currentLanguage() === 'fa' ? 'fa-IR' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(d);
}

/** The side panel's comment thread of the active segment: read, add, resolve, remove. */
export class CommentsSection implements SideSection {
  readonly el: HTMLElement;
  private readonly heading = h('h3', { i18n: 'editorTools.comments.title' });
  private readonly list = h('ol', { class: 'comment-list', attrs: { 'data-testid': 'comment-list' } });
  private readonly input = h('textarea', {
    class: 'comment-input',
    i18nPlaceholder: 'editorTools.comments.placeholder',
    i18nAria: 'editorTools.comments.placeholder',
    attrs: { rows: '2', dir: 'auto', 'data-testid': 'comment-input' },
  });
  private index = -1;
  private shown = '';

  constructor(private readonly comments: CommentsStore) {
    const add = h('button', {
      class: 'btn btn-small',
      i18n: 'editorTools.comments.add',
      attrs: { type: 'button', 'data-testid': 'comment-add' },
      on: { click: () => void this.add() },
    });
    this.input.addEventListener('keydown', (e) => {
      // Ctrl+Enter sends, as in mail and chat; a plain Enter is a new line of the comment.
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        e.stopPropagation();
        void this.add();
      }
    });
    this.el = h(
      'section',
      { class: 'side-section comments', attrs: { 'data-testid': 'comments-section' } },
      h('header', { class: 'side-header' }, this.heading),
      this.list,
      h('div', { class: 'comment-new' }, this.input, add),
    );
    comments.onChange(() => this.draw());
  }

  /** Forget what is shown, so the next render rebuilds even when it has nothing to show (a new document). */
  reset(): void {
    this.shown = NOTHING_RENDERED;
  }

  render(store: SegmentStore, pos: number): void {
    this.index = store.segments[pos]?.index ?? -1;
    this.draw();
  }

  /** Focus the new-comment box (the "add comment" command). */
  focusInput(): void {
    this.input.focus();
  }

  private draw(): void {
    const signature = `${this.index}:${this.comments.signature(this.index)}`;
    if (signature === this.shown) return;
    this.shown = signature;
    const list = this.comments.of(this.index);
    const open = list.filter((c) => !c.resolved).length;
    this.heading.textContent = '';
    this.heading.append(
      h('span', { i18n: 'editorTools.comments.title' }),
      open > 0 ? h('span', { class: 'badge', text: formatNumber(open) }) : '',
    );
    this.list.replaceChildren(...list.map((c) => this.item(c)));
    if (list.length === 0)
      this.list.append(h('li', { class: 'muted empty-note', i18n: 'editorTools.comments.none' }));
  }

  private item(c: SegmentComment): HTMLElement {
    const act = (run: () => Promise<void>) => () => void run().catch(toastError);
    return h(
      'li',
      { class: `comment${c.resolved ? ' is-resolved' : ''}`, attrs: { 'data-testid': 'comment' } },
      h(
        'div',
        { class: 'comment-meta' },
        h('span', { class: 'comment-author', text: c.author, attrs: { dir: dirOf(c.author) } }),
        h('time', { class: 'muted', text: formatTime(c.at), attrs: { datetime: c.at } }),
        c.resolved ? h('span', { class: 'muted', i18n: 'editorTools.comments.resolved' }) : '',
      ),
      h('p', { class: 'comment-text', text: c.text, attrs: { dir: dirOf(c.text) } }),
      h(
        'div',
        { class: 'comment-actions' },
        h('button', {
          class: 'btn btn-small btn-ghost',
          i18n: c.resolved ? 'editorTools.comments.reopen' : 'editorTools.comments.resolve',
          attrs: { type: 'button', 'data-testid': 'comment-resolve' },
          on: { click: act(() => this.comments.resolve(c, !c.resolved)) },
        }),
        h('button', {
          class: 'btn btn-small btn-danger-ghost',
          i18n: 'editorTools.comments.remove',
          attrs: { type: 'button', 'data-testid': 'comment-remove' },
          on: { click: act(() => this.comments.remove(c)) },
        }),
      ),
    );
  }

  private async add(): Promise<void> {
    const text = this.input.value.trim();
    if (!text || this.index < 0) return;
    try {
      await this.comments.add(this.index, text);
      this.input.value = '';
    } catch (err) {
      toastError(err);
    }
  }
}
