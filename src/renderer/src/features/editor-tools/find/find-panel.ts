import type { FindHit } from '../../../../../core/editor/find';
import type { ReplacePlan } from '../../../../../core/editor/replace';
import type { RendererApiClient } from '../../../api/client';
import { counted, formatNumber, t } from '../../../i18n/i18n';
import { clear, h, setI18n } from '../../../ui/dom';
import { toast, toastError } from '../../../ui/toast';
import { checkbox } from '../ui-bits';
import { renderResults } from './find-results';
import { renderPreview } from './replace-preview';

export interface FindHost {
  api: RendererApiClient;
  /** Pending drafts are saved first, so the search sees what the translator sees. */
  flush(): Promise<void>;
  /** Targets changed on the server (replace, undo): the open document is read again. */
  reload(): Promise<void>;
  open(documentId: number, index: number): void;
}

type Field = 'source' | 'target';

/**
 * Find and replace across every document (Ctrl+Shift+F). Persian sources match in any spelling (the
 * glossary's folding, in core/editor/find), English targets as plain text, whole word, case or regular
 * expression. Replace works in targets only: one segment from the result list, or all after a preview;
 * the last replace can be undone as one step (find.undoReplace). Monaco's Ctrl+F / Ctrl+H stay for the
 * open document.
 */
export class FindPanel {
  private readonly dialog: HTMLDialogElement;
  private readonly query = h('input', {
    class: 'find-query',
    i18nAria: 'editorTools.find.query',
    i18nPlaceholder: 'editorTools.find.query',
    attrs: { type: 'search', dir: 'auto', 'data-testid': 'find-query' },
  });
  private readonly replacement = h('input', {
    class: 'find-query',
    i18nAria: 'editorTools.find.replacement',
    i18nPlaceholder: 'editorTools.find.replacement',
    attrs: { type: 'text', dir: 'ltr', 'data-testid': 'find-replacement' },
  });
  private readonly field = h('select', {
    class: 'select',
    i18nAria: 'editorTools.find.field',
    attrs: { 'data-testid': 'find-field' },
  });
  private readonly wholeWord = checkbox('editorTools.find.wholeWord', 'find-whole-word');
  private readonly matchCase = checkbox('editorTools.find.matchCase', 'find-match-case');
  private readonly regex = checkbox('editorTools.find.regex', 'find-regex');
  private readonly summary = h('p', {
    class: 'find-summary muted',
    attrs: { 'data-testid': 'find-summary', role: 'status' },
  });
  private readonly body = h('div', { class: 'find-body' });
  private readonly undoButton = h('button', {
    class: 'btn',
    i18n: 'editorTools.find.undo',
    attrs: { type: 'button', 'data-testid': 'find-undo' },
    on: { click: () => void this.undo() },
  });
  private readonly replaceRow: HTMLElement;
  private hits: FindHit[] = [];
  private lastBatch: number | null = null;
  private plan: ReplacePlan | null = null;

  constructor(private readonly host: FindHost) {
    this.field.append(
      h('option', { i18n: 'editorTools.find.inTarget', attrs: { value: 'target' } }),
      h('option', { i18n: 'editorTools.find.inSource', attrs: { value: 'source' } }),
    );
    this.field.addEventListener('change', () => this.fieldChanged());
    const search = h('button', {
      class: 'btn btn-primary',
      i18n: 'editorTools.find.search',
      attrs: { type: 'submit', 'data-testid': 'find-run' },
    });
    this.replaceRow = h(
      'div',
      { class: 'find-row' },
      this.replacement,
      h('button', {
        class: 'btn',
        i18n: 'editorTools.find.replaceAll',
        attrs: { type: 'button', 'data-testid': 'find-replace-all' },
        on: { click: () => void this.preview() },
      }),
      this.undoButton,
    );
    this.undoButton.hidden = true;
    const close = h('button', {
      class: 'btn',
      i18n: 'shortcuts.close',
      attrs: { type: 'button', 'data-testid': 'find-close' },
      on: { click: () => this.dialog.close() },
    });
    const form = h(
      'form',
      { class: 'find-form' },
      h('div', { class: 'find-row' }, this.query, this.field, search),
      h('div', { class: 'find-options' }, this.wholeWord.el, this.matchCase.el, this.regex.el),
      this.replaceRow,
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.search();
    });
    this.dialog = h(
      'dialog',
      { class: 'dialog find-dialog', attrs: { 'data-testid': 'find-panel' } },
      h(
        'div',
        { class: 'find-head' },
        h('h2', { class: 'dialog-title', i18n: 'editorTools.find.title' }),
        close,
      ),
      form,
      this.summary,
      this.body,
    );
    this.fieldChanged();
  }

  /** Opens the panel (query from the editor's selection, if any), keeping the last results. */
  show(initial?: string): void {
    if (initial) this.query.value = initial;
    if (!this.dialog.isConnected) document.body.append(this.dialog);
    if (!this.dialog.open) this.dialog.showModal();
    this.query.focus();
    this.query.select();
  }

  private fieldChanged(): void {
    const target = this.fieldValue() === 'target';
    // Sources are always matched through the folded key: case and patterns mean nothing there.
    this.matchCase.el.hidden = !target;
    this.regex.el.hidden = !target;
    this.replaceRow.hidden = !target;
    this.query.dir = target ? 'auto' : 'rtl';
  }

  private fieldValue(): Field {
    return this.field.value === 'source' ? 'source' : 'target';
  }

  private options(): { wholeWord: boolean; caseSensitive?: boolean; regex?: boolean } {
    if (this.fieldValue() === 'source') return { wholeWord: this.wholeWord.input.checked };
    return {
      wholeWord: this.wholeWord.input.checked,
      caseSensitive: this.matchCase.input.checked,
      regex: this.regex.input.checked,
    };
  }

  async search(): Promise<void> {
    const query = this.query.value;
    if (query.trim() === '') return;
    this.plan = null;
    try {
      await this.host.flush();
      const field = this.fieldValue();
      const res = await this.host.api.call('find.search', { query, field, ...this.options() });
      this.hits = res.hits;
      const docs = new Set(res.hits.map((x) => x.documentId)).size;
      setI18n(this.summary, res.truncated ? 'editorTools.find.truncated' : 'editorTools.find.summary', {
        n: formatNumber(res.hits.length),
        docs: formatNumber(docs),
      });
      this.renderHits(field);
    } catch (err) {
      this.summary.textContent = '';
      clear(this.body);
      toastError(err);
    }
  }

  private renderHits(field: Field): void {
    this.body.replaceChildren(
      renderResults(this.hits, {
        open: (hit) => {
          this.dialog.close();
          this.host.open(hit.documentId, hit.index);
        },
        ...(field === 'target'
          ? { replaceOne: (hit: FindHit) => void this.replace([`${hit.documentId}:${hit.index}`]) }
          : {}),
      }),
    );
  }

  /** Replace all: a dry run first, shown as a preview the translator applies or leaves. */
  private async preview(): Promise<void> {
    try {
      await this.host.flush();
      const plan = await this.host.api.call('find.replace', this.replaceInput({ dryRun: true }));
      this.plan = plan;
      if (plan.changes.length === 0) {
        toast(t('editorTools.find.nothingToReplace'));
        return;
      }
      const apply = h('button', {
        class: 'btn btn-primary',
        i18n: 'editorTools.find.apply',
        attrs: { type: 'button', 'data-testid': 'find-apply' },
        on: { click: () => void this.replace(plan.changes.map((c) => `${c.documentId}:${c.index}`)) },
      });
      const back = h('button', {
        class: 'btn',
        i18n: 'common.cancel',
        attrs: { type: 'button', 'data-testid': 'find-preview-cancel' },
        on: { click: () => this.renderHits(this.fieldValue()) },
      });
      this.body.replaceChildren(renderPreview(plan), h('div', { class: 'dialog-actions' }, back, apply));
    } catch (err) {
      toastError(err);
    }
  }

  private replaceInput(extra: { dryRun?: boolean; segments?: string[] }) {
    return {
      query: this.query.value,
      replacement: this.replacement.value,
      ...this.options(),
      ...extra,
    };
  }

  /** Replaces in the given segments ("documentId:index"), as one batch with one undo. */
  private async replace(segments: string[]): Promise<void> {
    try {
      await this.host.flush();
      const res = await this.host.api.call('find.replace', this.replaceInput({ segments }));
      this.lastBatch = res.batchId ?? null;
      this.undoButton.hidden = this.lastBatch === null;
      toast(
        t('editorTools.find.replaced', {
          times: counted('editorTools.find.times', res.replacements),
          segments: counted('editorTools.find.segmentCount', res.changes.length),
        }),
      );
      await this.host.reload();
      await this.search();
    } catch (err) {
      toastError(err);
    }
  }

  private async undo(): Promise<void> {
    const batchId = this.lastBatch;
    if (batchId === null) return;
    try {
      await this.host.flush();
      const res = await this.host.api.call('find.undoReplace', { batchId });
      this.lastBatch = null;
      this.undoButton.hidden = true;
      toast(
        t(res.skipped.length ? 'editorTools.find.undoneSkipped' : 'editorTools.find.undone', {
          n: formatNumber(res.restored),
          count: res.restored,
          restored: counted('editorTools.find.segmentCount', res.restored),
          skipped: counted('editorTools.find.segmentCount', res.skipped.length),
        }),
      );
      await this.host.reload();
      await this.search();
    } catch (err) {
      toastError(err);
    }
  }
}
