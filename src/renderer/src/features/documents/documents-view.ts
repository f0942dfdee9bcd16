import type { DocumentSummary } from '../../../../shared/model';
import { dirOf } from '../../i18n/bidi';
import type { RendererApiClient } from '../../api/client';
import { formatNumber, isolate, t } from '../../i18n/i18n';
import { clear, h } from '../../ui/dom';
import { confirmDialog } from '../../ui/dialog';
import { fileToBase64, pickFiles } from '../../ui/files';
import { toast, toastError } from '../../ui/toast';
import { withProgress } from '../../ui/job-progress';
import { openExportDialog } from '../exchange/export-dialog';
import { openImportDialog } from '../exchange/import-dialog';
import { DocumentListCounts } from '../editor-tools/counts/document-list-counts';
import { IMPORT_ACCEPT } from '../exchange/import-kinds';
import { AnalysisPanel } from '../tm/analysis-panel';
import { openMemories } from '../tm/memories-dialog';

export interface DocumentsDeps {
  api: RendererApiClient;
  openDocument(id: number): void;
}

/** Corpus and imported reports with their progress; import from a file; open or remove. */
export class DocumentsView {
  readonly el: HTMLElement;
  private readonly list = h('div', {
    class: 'doc-list',
    attrs: { 'data-testid': 'document-list', role: 'list' },
  });
  private docs: DocumentSummary[] = [];
  private readonly counts: DocumentListCounts;
  private readonly analysis: AnalysisPanel;

  constructor(private readonly deps: DocumentsDeps) {
    this.counts = new DocumentListCounts(deps.api);
    this.analysis = new AnalysisPanel(deps.api, () => this.docs.map((d) => d.id));
    this.el = h(
      'div',
      { class: 'page documents-page' },
      h(
        'header',
        { class: 'page-header' },
        h('h2', { i18n: 'documents.title' }),
        this.counts.total,
        h('span', { class: 'spacer' }),
        this.analysis.button,
        h('button', {
          class: 'btn',
          i18n: 'tm.mem.button',
          attrs: { type: 'button', 'data-testid': 'tm-memories-open' },
          on: { click: () => openMemories(deps.api) },
        }),
        h('button', {
          class: 'btn',
          i18n: 'exchange.importButton',
          attrs: { type: 'button', 'data-testid': 'import-exchange' },
          on: { click: () => void this.importExchange() },
        }),
        h('button', {
          class: 'btn btn-primary',
          i18n: 'documents.import',
          attrs: { type: 'button', 'data-testid': 'import-document' },
          on: { click: () => void this.importFiles() },
        }),
      ),
      this.list,
      this.analysis.el,
    );
  }

  async refresh(): Promise<void> {
    try {
      [this.docs] = await Promise.all([this.deps.api.call('documents.list', {}), this.counts.refresh()]);
    } catch (err) {
      toastError(err);
    }
    this.render();
    await this.analysis.refresh();
  }

  render(): void {
    this.analysis.render();
    clear(this.list);
    if (this.docs.length === 0) {
      this.list.append(h('p', { class: 'empty-note', i18n: 'documents.empty' }));
      return;
    }
    for (const d of this.docs) this.list.append(this.row(d));
  }

  private row(d: DocumentSummary): HTMLElement {
    const total = Math.max(d.segmentCount, 1);
    const confirmedPct = (100 * d.confirmedCount) / total;
    // draftedCount counts every segment with text, confirmed ones included; the list shows drafts only.
    const drafts = Math.max(0, d.draftedCount - d.confirmedCount);
    const draftPct = (100 * drafts) / total;
    const bar = h(
      'div',
      {
        class: 'stacked-bar',
        attrs: {
          role: 'img',
          'aria-label': t('documents.progress', { done: d.confirmedCount, total: d.segmentCount }),
        },
      },
      h('span', { class: 'bar-confirmed', attrs: { style: `width:${confirmedPct.toFixed(2)}%` } }),
      h('span', { class: 'bar-draft', attrs: { style: `width:${draftPct.toFixed(2)}%` } }),
    );
    const open = (): void => this.deps.openDocument(d.id);
    return h(
      'div',
      { class: 'doc-row', attrs: { role: 'listitem', 'data-doc-id': String(d.id) } },
      h('button', {
        class: 'doc-name',
        text: d.name,
        attrs: { type: 'button', title: d.name, dir: dirOf(d.name) },
        on: { click: open },
      }),
      h(
        'div',
        { class: 'doc-progress' },
        bar,
        h('span', {
          class: 'doc-counts',
          i18n: 'documents.counts',
          i18nParams: {
            done: formatNumber(d.confirmedCount),
            drafted: formatNumber(drafts),
            total: formatNumber(d.segmentCount),
            count: d.segmentCount,
          },
        }),
        this.counts.cell(d.id),
      ),
      h('span', { class: 'doc-date', text: formatDate(d.updatedAt) }),
      h(
        'div',
        { class: 'doc-actions' },
        h('button', {
          class: 'btn btn-small',
          i18n: 'documents.open',
          attrs: { type: 'button' },
          on: { click: open },
        }),
        h('button', {
          class: 'btn btn-small',
          i18n: 'exchange.exportMenu',
          attrs: { type: 'button', 'data-testid': 'export-document' },
          on: { click: () => void openExportDialog(this.deps.api, d) },
        }),
        h('button', {
          class: 'btn btn-small btn-danger-ghost',
          i18n: 'documents.remove',
          attrs: { type: 'button' },
          on: { click: () => void this.remove(d) },
        }),
      ),
    );
  }

  private async importFiles(): Promise<void> {
    const files = await pickFiles('.txt,.docx,.html,.htm,text/plain');
    for (const file of files) {
      try {
        const contentBase64 = await fileToBase64(file);
        const res = await withProgress('documentsImport', (opts) =>
          this.deps.api.call('documents.import', { fileName: file.name, contentBase64 }, opts),
        );
        toast(
          t(res.status === 'imported' ? 'documents.imported' : 'documents.unchanged', {
            name: isolate(res.document.name),
          }),
        );
      } catch (err) {
        toastError(err);
      }
    }
    if (files.length) await this.refresh();
  }

  /** A glossary, XLIFF, TMX or Word review file, previewed before it is applied. */
  private async importExchange(): Promise<void> {
    const [file] = await pickFiles(IMPORT_ACCEPT, false);
    if (!file) return;
    if (await openImportDialog(this.deps.api, file)) await this.refresh();
  }

  private async remove(d: DocumentSummary): Promise<void> {
    if (!(await confirmDialog('documents.removeConfirm', { name: d.name }, 'documents.remove'))) return;
    try {
      await this.deps.api.call('documents.remove', { id: d.id });
      await this.refresh();
    } catch (err) {
      toastError(err);
    }
  }
}

function formatDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(document.documentElement.lang === 'fa' ? 'fa-IR' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(d);
}
