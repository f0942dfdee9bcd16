import { EXPORT_FORMATS, type ExportFormat } from '../../../../shared/model';
import { dirOf } from '../../i18n/bidi';
import { formatNumber } from '../../i18n/i18n';
import { h, setI18n } from '../../ui/dom';
import { OverflowMenu } from '../../ui/overflow-menu';
import type { SaveState } from './autosave';
import { SaveIndicator } from './save-indicator';
import { WindowPager } from './window-pager';

export interface ToolbarActions {
  back(): void;
  toggleSource(): void;
  addTerm(): void;
  checkDocument(): void;
  exportAs(format: ExportFormat): void;
  stepWindow(dir: 1 | -1): void;
  pretranslate(): void;
}

/**
 * The editor's toolbar: back, the document's name, progress, window pager, save state, and the
 * document's commands. What does not fit at narrow widths goes into a "more" menu; Export always
 * stays on the bar and the name keeps a minimum width with an ellipsis.
 */
export class WorkbenchToolbar {
  readonly el: HTMLElement;
  readonly pager: WindowPager;
  private readonly title = h('h2', { class: 'wb-title', attrs: { dir: 'auto', 'data-testid': 'doc-title' } });
  private readonly progressText = h('span', { class: 'wb-progress-text' });
  private readonly progressBar = h('progress', { class: 'progress', attrs: { max: '1', value: '0' } });
  private readonly saveIndicator = new SaveIndicator();
  private readonly unlock: HTMLButtonElement;
  private readonly overflow: OverflowMenu;

  constructor(actions: ToolbarActions) {
    this.pager = new WindowPager((dir) => actions.stepWindow(dir));
    this.unlock = h('button', {
      class: 'btn btn-ghost',
      i18n: 'editor.unlockSource',
      i18nTitle: 'editor.unlockSourceHint',
      attrs: { type: 'button', 'aria-pressed': 'false', 'data-testid': 'unlock-source' },
      on: { click: () => actions.toggleSource() },
    });
    const addTerm = h('button', {
      class: 'btn',
      i18n: 'terms.add',
      i18nTitle: 'terms.addHint',
      attrs: { type: 'button', 'data-testid': 'add-term' },
      on: { click: () => actions.addTerm() },
    });
    const check = h('button', {
      class: 'btn',
      i18n: 'qaView.runThis',
      attrs: { type: 'button', 'data-testid': 'check-document' },
      on: { click: () => actions.checkDocument() },
    });
    const pretranslate = h('button', {
      class: 'btn',
      i18n: 'tm.pt.button',
      i18nTitle: 'tm.pt.hint',
      attrs: { type: 'button', 'data-testid': 'pretranslate' },
      on: { click: () => actions.pretranslate() },
    });
    const formatSelect = h('select', {
      class: 'select',
      i18nAria: 'export.format',
      attrs: { 'data-testid': 'export-format' },
    });
    for (const f of EXPORT_FORMATS)
      formatSelect.append(h('option', { i18n: `format.${f}`, attrs: { value: f } }));
    const commands = h('div', { class: 'wb-commands' }, this.unlock, pretranslate, addTerm, check);
    this.el = h(
      'div',
      { class: 'wb-toolbar', attrs: { 'data-testid': 'workbench-toolbar' } },
      h('button', {
        class: 'btn btn-ghost wb-back',
        i18n: 'nav.back',
        attrs: { type: 'button' },
        on: { click: () => actions.back() },
      }),
      this.title,
      h('div', { class: 'wb-progress' }, this.progressBar, this.progressText),
      this.pager.el,
      this.saveIndicator.el,
      h('span', { class: 'spacer' }),
      commands,
      h(
        'div',
        { class: 'export-group' },
        formatSelect,
        h('button', {
          class: 'btn',
          i18n: 'export.button',
          attrs: { type: 'button', 'data-testid': 'export' },
          on: { click: () => actions.exportAs(formatSelect.value as ExportFormat) },
        }),
      ),
    );
    // The source lock is the least used; the pager is navigation and goes last.
    this.overflow = new OverflowMenu(this.el, [this.unlock, pretranslate, check, addTerm, this.pager.el]);
    commands.after(this.overflow.button);
    this.el.append(this.overflow.menu);
  }

  setTitle(name: string): void {
    this.title.textContent = name;
    this.title.dir = dirOf(name);
    this.title.title = name;
  }

  setSaveState(state: SaveState): void {
    this.saveIndicator.set(state);
  }

  setProgress(done: number, total: number): void {
    this.progressBar.max = Math.max(total, 1);
    this.progressBar.value = done;
    setI18n(this.progressText, 'documents.progress', {
      done: formatNumber(done),
      total: formatNumber(total),
    });
  }

  setSourceEditable(editable: boolean): void {
    this.unlock.setAttribute('aria-pressed', String(editable));
    setI18n(this.unlock, editable ? 'editor.lockSource' : 'editor.unlockSource');
  }

  /** Labels changed length (language switch) or the pager appeared: fit the bar again. */
  refit(): void {
    this.overflow.fit();
  }
}
