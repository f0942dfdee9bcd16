import { GLOSSARY_FORMATS, SUBJECTS, type Entry, type GlossaryFormat, type Subject } from '../../../../shared/model';
import { GLOSSARY_FILES } from '../../../../core/formats/glossary/files';
import { dirOf } from '../../i18n/bidi';
import type { RendererApiClient } from '../../api/client';
import { formatNumber, isolate, t } from '../../i18n/i18n';
import { clear, h, setI18n } from '../../ui/dom';
import { confirmDialog } from '../../ui/dialog';
import { downloadText, fileToBase64, pickFiles } from '../../ui/files';
import { withProgress } from '../../ui/job-progress';
import { toast, toastError } from '../../ui/toast';
import { openEntryEditor } from './entry-editor';
import type { GlossaryStore } from './glossary-store';

const PAGE = 100;

/** The termbase: search, filter by subject, edit, delete, import and export. */
export class GlossaryView {
  readonly el: HTMLElement;
  private readonly search = h('input', {
    class: 'search',
    i18nPlaceholder: 'glossary.search',
    i18nAria: 'glossary.search',
    attrs: { type: 'search', 'data-testid': 'glossary-search', dir: 'auto' },
  });
  private readonly subject = h('select', { class: 'select', i18nAria: 'glossary.subject' });
  private readonly body = h('tbody');
  private readonly count = h('span', { class: 'muted' });
  private readonly more = h('button', { class: 'btn', i18n: 'glossary.more', attrs: { type: 'button' } });
  private entries: Entry[] = [];
  private total = 0;
  private timer = 0;
  private seq = 0;

  constructor(
    private readonly api: RendererApiClient,
    private readonly store: GlossaryStore,
  ) {
    this.subject.append(h('option', { i18n: 'glossary.allSubjects', attrs: { value: '' } }));
    for (const s of SUBJECTS) this.subject.append(h('option', { i18n: `subject.${s}`, attrs: { value: s } }));
    const exportFormat = h('select', { class: 'select', i18nAria: 'export.format' });
    // Each option says which tool the file is for and what it is called (OmegaT needs the .utf8 one).
    for (const f of GLOSSARY_FORMATS) {
      const { ext, tools } = GLOSSARY_FILES[f];
      const params = { ext, tools: tools.join(', ') };
      exportFormat.append(h('option', { i18n: `glossaryFormat.${f}`, i18nParams: params, attrs: { value: f } }));
    }
    this.search.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = window.setTimeout(() => void this.load(false), 200);
    });
    this.subject.addEventListener('change', () => void this.load(false));
    this.more.addEventListener('click', () => void this.load(true));
    this.el = h(
      'div',
      { class: 'page glossary-page' },
      h(
        'header',
        { class: 'page-header' },
        h('h2', { i18n: 'glossary.title' }),
        this.count,
        h('span', { class: 'spacer' }),
        h('button', { class: 'btn btn-primary', i18n: 'glossary.new', attrs: { type: 'button' }, on: { click: () => void this.edit(null) } }),
        h('button', { class: 'btn', i18n: 'glossary.import', attrs: { type: 'button' }, on: { click: () => void this.importFile() } }),
        h(
          'div',
          { class: 'export-group' },
          exportFormat,
          h('button', {
            class: 'btn',
            i18n: 'export.button',
            attrs: { type: 'button', 'data-testid': 'glossary-export' },
            on: { click: () => void this.exportAs(exportFormat.value as GlossaryFormat) },
          }),
        ),
      ),
      h('div', { class: 'filters' }, this.search, this.subject),
      h(
        'div',
        { class: 'table-wrap' },
        h(
          'table',
          { class: 'table glossary-table', attrs: { 'data-testid': 'glossary-table' } },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { i18n: 'lang.fa' }),
              h('th', { i18n: 'lang.en' }),
              h('th', { i18n: 'glossary.subject' }),
              h('th', { i18n: 'addTerm.note' }),
              h('th', { i18n: 'glossary.modified' }),
              h('th', {}),
            ),
          ),
          this.body,
        ),
      ),
      h('div', { class: 'page-footer' }, this.more),
    );
  }

  async load(append: boolean): Promise<void> {
    const seq = ++this.seq;
    const query = this.search.value.trim();
    const subject = this.subject.value as Subject | '';
    try {
      const res = await this.api.call('glossary.list', {
        ...(query ? { query } : {}),
        ...(subject ? { subject } : {}),
        limit: PAGE,
        offset: append ? this.entries.length : 0,
      });
      if (seq !== this.seq) return; // a newer search already answered
      this.entries = append ? [...this.entries, ...res.entries] : res.entries;
      this.total = res.total;
      this.render();
    } catch (err) {
      toastError(err);
    }
  }

  render(): void {
    clear(this.body);
    setI18n(this.count, 'glossary.count', { shown: formatNumber(this.entries.length), total: formatNumber(this.total) });
    this.more.hidden = this.entries.length >= this.total;
    if (this.entries.length === 0) {
      this.body.append(h('tr', {}, h('td', { class: 'empty-note', i18n: 'glossary.empty', attrs: { colspan: '6' } })));
      return;
    }
    for (const e of this.entries) this.body.append(this.row(e));
  }

  private row(e: Entry): HTMLElement {
    // The chips wrap inside a div: a flex <td> would stop being a table cell.
    const terms = (lang: 'fa' | 'en'): HTMLElement =>
      h(
        'td',
        { class: `terms-${lang}`, attrs: { dir: lang === 'fa' ? 'rtl' : 'ltr', lang } },
        h(
          'div',
          { class: 'terms-cell' },
          ...e.terms
            .filter((x) => x.lang === lang)
            .map((x) => h('span', { class: `term-chip chip-${x.status}`, text: x.text, attrs: { title: t(`termStatus.${x.status}`) } })),
        ),
      );
    return h(
      'tr',
      { attrs: { 'data-entry': String(e.id) } },
      terms('fa'),
      terms('en'),
      h('td', { i18n: `subject.${e.subject}` }),
      h('td', { class: 'note-cell', text: e.note ?? '', attrs: { dir: dirOf(e.note ?? '') } }),
      h('td', { class: 'muted', text: `${e.modifiedBy} · ${e.modifiedAt.slice(0, 10)}` }),
      h(
        'td',
        {},
        h(
          'div',
          { class: 'row-actions' },
          h('button', { class: 'btn btn-small', i18n: 'common.edit', attrs: { type: 'button' }, on: { click: () => void this.edit(e) } }),
          h('button', {
            class: 'btn btn-small btn-danger-ghost',
            i18n: 'common.delete',
            attrs: { type: 'button' },
            on: { click: () => void this.remove(e) },
          }),
        ),
      ),
    );
  }

  private async edit(e: Entry | null): Promise<void> {
    const saved = await openEntryEditor(this.api, e);
    if (!saved) return;
    await this.afterChange();
  }

  private async remove(e: Entry): Promise<void> {
    const name = e.terms.find((x) => x.lang === 'fa')?.text ?? String(e.id);
    if (!(await confirmDialog('glossary.removeConfirm', { name }, 'common.delete'))) return;
    try {
      await this.api.call('glossary.remove', { id: e.id });
      await this.afterChange();
    } catch (err) {
      toastError(err);
    }
  }

  private async afterChange(): Promise<void> {
    await Promise.all([this.load(false), this.store.reload().catch(toastError)]);
  }

  private async importFile(): Promise<void> {
    const [file] = await pickFiles('.tsv,.utf8,.tab,.txt,.csv,.tbx,.xml,text/tab-separated-values,text/csv', false);
    if (!file) return;
    try {
      const contentBase64 = await fileToBase64(file);
      const report = await withProgress('glossaryImport', (opts) =>
        this.api.call('glossary.import', { fileName: file.name, contentBase64 }, opts),
      );
      if (report.applied) {
        toast(t('glossary.imported', { added: report.added, updated: report.updated, unchanged: report.unchanged }));
      } else {
        const first = report.rejected[0] ?? report.conflicts[0];
        toast(
          t('glossary.importRejected', {
            rejected: report.rejected.length,
            conflicts: report.conflicts.length,
            where: first ? isolate(`${first.where}: ${first.reason}`) : '',
          }),
          'error',
        );
      }
      await this.afterChange();
    } catch (err) {
      toastError(err);
    }
  }

  private async exportAs(format: GlossaryFormat): Promise<void> {
    try {
      const file = await withProgress('glossaryExport', (opts) => this.api.call('glossary.export', { format }, opts));
      downloadText(file.fileName, file.mime, file.content);
    } catch (err) {
      toastError(err);
    }
  }
}
