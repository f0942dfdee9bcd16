import { EXPORT_FORMATS, type ExportFormat } from '../../../../shared/model';
import type { RendererApiClient } from '../../api/client';
import { formatNumber, isolate, t } from '../../i18n/i18n';
import { h, setI18n } from '../../ui/dom';
import { downloadText } from '../../ui/files';
import { toast, toastError } from '../../ui/toast';
import { openAddTermDialog } from '../add-term/add-term-dialog';
import type { GlossaryStore } from '../glossary/glossary-store';
import { TermPanel, termPanelItems } from '../term-panel/term-panel';
import { EditorSession } from './editor-session';
import { perfHook } from './perf';
import { SaveIndicator } from './save-indicator';
import { SegmentStore } from './segment-store';
import { windowOf } from './layout';

export interface WorkbenchDeps {
  api: RendererApiClient;
  glossary: GlossaryStore;
  openQa(documentId: number): void;
  openDocuments(): void;
}

const SHORTCUTS: [string, string][] = [
  ['Ctrl+Enter', 'shortcuts.confirm'],
  ['Enter', 'shortcuts.next'],
  ['Alt+↓ / Alt+↑', 'shortcuts.move'],
  ['Ctrl+Shift+Y', 'shortcuts.insertTerm'],
  ['Ctrl+Shift+G', 'shortcuts.addTerm'],
];

/** The editor view: toolbar, the two aligned panes, and the side panel with the segment's terms. */
/** Benchmarks only (`?perf=1&window=N`): compare the windowed editor with whole-document models. */
function windowSizeOverride(): number | null {
  const params = new URLSearchParams(window.location.search);
  const n = Number(params.get('window'));
  return params.has('perf') && Number.isInteger(n) && n > 0 ? n : null;
}

export class WorkbenchView {
  readonly el: HTMLElement;
  private session: EditorSession | null = null;
  private readonly title = h('h2', { class: 'wb-title', attrs: { dir: 'auto' } });
  private readonly progressText = h('span', { class: 'wb-progress-text' });
  private readonly progressBar = h('progress', { class: 'progress', attrs: { max: '1', value: '0' } });
  private readonly saveIndicator = new SaveIndicator();
  private readonly unlock: HTMLButtonElement;
  private readonly segInfo = h('div', { class: 'seg-info', attrs: { 'data-testid': 'segment-info' } });
  private readonly termPanel: TermPanel;
  private readonly sourceHost = h('div', {
    class: 'pane-editor',
    attrs: { 'data-testid': 'source-pane', dir: 'ltr' },
  });
  private readonly targetHost = h('div', {
    class: 'pane-editor',
    attrs: { 'data-testid': 'target-pane', dir: 'ltr' },
  });
  private readonly sourceLock = h('span', { class: 'pane-lock', i18n: 'editor.readOnly' });
  private unsubscribe: (() => void) | null = null;
  private sourceEditable = false;
  private store: SegmentStore | null = null;
  private activeSignature = '';
  private readonly pager = h('div', { class: 'pager', attrs: { 'data-testid': 'pager' } });
  private readonly pagerText = h('span', { class: 'pager-text' });

  constructor(private readonly deps: WorkbenchDeps) {
    this.unlock = h('button', {
      class: 'btn btn-ghost',
      i18n: 'editor.unlockSource',
      i18nTitle: 'editor.unlockSourceHint',
      attrs: { type: 'button', 'aria-pressed': 'false', 'data-testid': 'unlock-source' },
      on: { click: () => this.toggleSourceEditing() },
    });
    this.termPanel = new TermPanel(
      (english) => this.session?.insertEnglish(english),
      () => void this.addTerm(),
    );
    const formatSelect = h('select', {
      class: 'select',
      i18nAria: 'export.format',
      attrs: { 'data-testid': 'export-format' },
    });
    for (const f of EXPORT_FORMATS)
      formatSelect.append(h('option', { i18n: `format.${f}`, attrs: { value: f } }));
    const toolbar = h(
      'div',
      { class: 'wb-toolbar' },
      h('button', {
        class: 'btn btn-ghost',
        i18n: 'nav.back',
        attrs: { type: 'button' },
        on: { click: () => deps.openDocuments() },
      }),
      this.title,
      h('div', { class: 'wb-progress' }, this.progressBar, this.progressText),
      this.pager,
      this.saveIndicator.el,
      h('span', { class: 'spacer' }),
      this.unlock,
      h('button', {
        class: 'btn',
        i18n: 'terms.add',
        i18nTitle: 'terms.addHint',
        attrs: { type: 'button', 'data-testid': 'add-term' },
        on: { click: () => void this.addTerm() },
      }),
      h('button', {
        class: 'btn',
        i18n: 'qaView.runThis',
        attrs: { type: 'button' },
        on: { click: () => this.openQa() },
      }),
      h(
        'div',
        { class: 'export-group' },
        formatSelect,
        h('button', {
          class: 'btn',
          i18n: 'export.button',
          attrs: { type: 'button', 'data-testid': 'export' },
          on: { click: () => void this.export(formatSelect.value as ExportFormat) },
        }),
      ),
    );
    const panes = h(
      'div',
      { class: 'wb-panes' },
      h(
        'section',
        { class: 'pane pane-source' },
        h('header', { class: 'pane-header' }, h('span', { i18n: 'editor.source' }), this.sourceLock),
        this.sourceHost,
      ),
      h(
        'section',
        { class: 'pane pane-target' },
        h('header', { class: 'pane-header' }, h('span', { i18n: 'editor.target' })),
        this.targetHost,
      ),
    );
    const shortcuts = h(
      'section',
      { class: 'side-section shortcuts' },
      h('header', { class: 'side-header' }, h('h3', { i18n: 'shortcuts.title' })),
      h(
        'dl',
        { class: 'shortcut-list' },
        ...SHORTCUTS.flatMap(([keys, label]) => [
          h('dt', {}, h('kbd', { text: keys, attrs: { dir: 'ltr' } })),
          h('dd', { i18n: label }),
        ]),
      ),
    );
    this.pager.append(
      h('button', {
        class: 'btn btn-small',
        text: '‹',
        i18nTitle: 'editor.prevWindow',
        attrs: { type: 'button', 'data-dir': 'prev' },
        on: { click: () => this.stepWindow(-1) },
      }),
      this.pagerText,
      h('button', {
        class: 'btn btn-small',
        text: '›',
        i18nTitle: 'editor.nextWindow',
        attrs: { type: 'button', 'data-dir': 'next' },
        on: { click: () => this.stepWindow(1) },
      }),
    );
    this.pager.hidden = true;
    const side = h('aside', { class: 'wb-side' }, this.segInfo, this.termPanel.el, shortcuts);
    this.el = h('div', { class: 'workbench' }, toolbar, h('div', { class: 'wb-body' }, panes, side));
  }

  documentId(): number | null {
    return this.store?.doc.id ?? null;
  }

  async open(documentId: number, segment?: number): Promise<void> {
    const perf = perfHook();
    const started = performance.now();
    if (this.store && this.store.doc.id === documentId) {
      if (segment !== undefined) this.goToSegment(segment);
      return;
    }
    await this.close();
    const [doc, glossary] = await Promise.all([
      this.deps.api.call('documents.get', { id: documentId }),
      this.deps.glossary.get(),
    ]);
    const store = new SegmentStore(doc);
    store.setGlossary(glossary.matcher, glossary.entries);
    this.store = store;
    this.title.textContent = doc.name;
    this.title.title = doc.name;
    this.unsubscribe = this.deps.glossary.subscribe((g) => this.session?.glossaryChanged(g));
    const requested = segment === undefined ? -1 : store.segments.findIndex((s) => s.index === segment);
    const first =
      requested >= 0
        ? requested
        : store.segments.findIndex((s) => s.status === 'new' || s.status === 'draft');
    this.showWindow(first >= 0 ? first : 0);
    this.renderProgress();
    if (perf) {
      perf.openMs.push(performance.now() - started);
      requestAnimationFrame(() => {
        perf.openPaintMs.push(performance.now() - started);
        perf.ready = true;
      });
    }
  }

  /** Show the segment at a document position, opening the window that holds it if needed. */
  private showWindow(pos: number): void {
    const store = this.store;
    if (!store) return;
    const win = windowOf(pos, store.segments.length, windowSizeOverride() ?? undefined);
    const s = this.session;
    if (s && s.layout.first === win.first && s.layout.count === win.count) {
      s.goToSegment(pos);
      return;
    }
    const started = performance.now();
    const switching = s !== null;
    if (s) {
      this.session = null;
      // Pending drafts of the old window are saved in the background; the store already has them.
      void s.flush().catch(toastError);
      s.dispose();
    }
    const session = new EditorSession(
      this.deps.api,
      store,
      { source: this.sourceHost, target: this.targetHost },
      {
        onActiveChanged: (p) => this.renderActive(p),
        onSaveState: (st) => this.saveIndicator.set(st),
        onProgress: () => this.renderProgress(),
        onAddTerm: (sel) => void this.addTerm(sel),
        onOutsideWindow: (p) => this.showWindow(p),
      },
      perfHook(),
      win,
    );
    this.session = session;
    session.setSourceEditable(this.sourceEditable);
    this.renderPager();
    session.goToSegment(pos);
    const perf = perfHook();
    if (perf && switching) perf.windowMs.push(performance.now() - started);
  }

  private stepWindow(dir: 1 | -1): void {
    const s = this.session;
    if (!s) return;
    this.showWindow(dir === 1 ? s.layout.first + s.layout.count : Math.max(0, s.layout.first - 1));
  }

  private renderPager(): void {
    const s = this.session;
    const total = this.store?.segments.length ?? 0;
    if (!s || s.layout.count >= total) {
      this.pager.hidden = true;
      return;
    }
    this.pager.hidden = false;
    setI18n(this.pagerText, 'editor.window', {
      from: formatNumber(s.layout.first + 1),
      to: formatNumber(s.layout.first + s.layout.count),
      total: formatNumber(total),
    });
    const [prev, next] = this.pager.querySelectorAll('button');
    if (prev) prev.disabled = s.layout.first === 0;
    if (next) next.disabled = s.layout.first + s.layout.count >= total;
  }

  async close(): Promise<void> {
    const s = this.session;
    this.store = null;
    this.unsubscribe?.();
    this.unsubscribe = null;
    if (!s) return;
    this.session = null;
    try {
      await s.flush();
    } catch (err) {
      toastError(err);
    }
    s.dispose();
  }

  /** The page is going away: send what is pending with keepalive requests. */
  flushForUnload(): void {
    if (this.session?.hasPending()) void this.session.flush({ keepalive: true });
  }

  flush(): Promise<void> {
    return this.session?.flush() ?? Promise.resolve();
  }

  hasPending(): boolean {
    return this.session?.hasPending() ?? false;
  }

  goToSegment(index: number): void {
    const pos = this.store?.segments.findIndex((x) => x.index === index) ?? -1;
    if (pos >= 0) this.showWindow(pos);
  }

  languageChanged(): void {
    this.activeSignature = '';
    this.session?.languageChanged();
    this.renderProgress();
    this.renderPager();
    if (this.session) this.renderActive(this.session.activePos());
  }

  private renderProgress(): void {
    const s = this.session;
    if (!s) return;
    const total = s.store.segments.length;
    const done = s.store.confirmedCount();
    this.progressBar.max = Math.max(total, 1);
    this.progressBar.value = done;
    setI18n(this.progressText, 'documents.progress', {
      done: formatNumber(done),
      total: formatNumber(total),
    });
  }

  private renderActive(pos: number): void {
    const s = this.session;
    const seg = s?.store.segments[pos];
    if (!s || !seg) return;
    // Keep the URL on the active segment so a reload comes back to it (replaceState: no navigation).
    const hash = `#/doc/${s.store.doc.id}/${seg.index}`;
    // Only while the editor is the visible view: a glossary change re-renders it in the background.
    if (!this.el.hidden && this.el.isConnected && window.location.hash !== hash) {
      window.history.replaceState(window.history.state, '', hash);
    }
    // Called on every keystroke: rebuild the side panel only when what it shows has changed.
    const items = termPanelItems(s.store.hits[pos] ?? [], s.store.states[pos]!, s.store.entryMap());
    const signature = `${s.store.doc.id}:${s.store.glossaryGeneration}:${pos}:${seg.status}:${items.map((i) => `${i.entry}${i.missing ? '!' : ''}`).join(',')}`;
    if (signature === this.activeSignature) return;
    this.activeSignature = signature;
    this.segInfo.replaceChildren(
      h('span', {
        class: 'seg-info-num',
        i18n: 'editor.segment',
        i18nParams: { n: formatNumber(pos + 1), total: formatNumber(s.store.segments.length) },
      }),
      h('span', { class: `status-pill status-${seg.status}`, i18n: `status.${seg.status}` }),
    );
    this.termPanel.render(items);
  }

  private toggleSourceEditing(): void {
    this.sourceEditable = !this.sourceEditable;
    this.unlock.setAttribute('aria-pressed', String(this.sourceEditable));
    setI18n(this.unlock, this.sourceEditable ? 'editor.lockSource' : 'editor.unlockSource');
    setI18n(this.sourceLock, this.sourceEditable ? 'editor.editable' : 'editor.readOnly');
    this.sourceLock.classList.toggle('is-editable', this.sourceEditable);
    this.session?.setSourceEditable(this.sourceEditable);
  }

  private async addTerm(selection?: string): Promise<void> {
    const text = selection ?? this.session?.sourceSelection() ?? '';
    const entry = await openAddTermDialog(this.deps.api, text);
    if (!entry) return;
    toast(t('addTerm.saved', { term: isolate(entry.terms.find((x) => x.lang === 'fa')?.text ?? '') }));
    try {
      await this.deps.glossary.reload();
    } catch (err) {
      toastError(err);
    }
  }

  private openQa(): void {
    const id = this.documentId();
    if (id !== null) this.deps.openQa(id);
  }

  private async export(format: ExportFormat): Promise<void> {
    const id = this.documentId();
    if (id === null) return;
    try {
      await this.flush();
      const file = await this.deps.api.call('exchange.export', { documentIds: [id], format });
      downloadText(file.fileName, file.mime, file.content);
    } catch (err) {
      toastError(err);
    }
  }
}
