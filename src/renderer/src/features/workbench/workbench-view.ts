import type { ExportFormat, QaIssue } from '../../../../shared/model';
import type { RendererApiClient } from '../../api/client';
import { isolate, isolateParams, t } from '../../i18n/i18n';
import { h, setI18n } from '../../ui/dom';
import { downloadText } from '../../ui/files';
import { withProgress } from '../../ui/job-progress';
import { toast, toastError } from '../../ui/toast';
import { openAddTermDialog } from '../add-term/add-term-dialog';
import type { GlossaryStore } from '../glossary/glossary-store';
import { findingFrom } from '../qa/finding-nav';
import { segmentFindings } from '../qa/finding-panel';
import { TmWorkbench } from '../tm/tm-workbench';
import { editorHashToKeep, routeHash } from '../../app/routes';
import { EditorTools } from '../editor-tools/editor-tools';
import { EditorSession } from './editor-session';
import { openKeyboardReference } from './keyboard-reference';
import { windowOf } from './layout';
import { perfHook, windowSizeOverride } from './perf';
import { SegmentStore } from './segment-store';
import { SidePanel } from './side-panel';
import { WorkbenchToolbar } from './workbench-toolbar';

export interface WorkbenchDeps {
  api: RendererApiClient;
  glossary: GlossaryStore;
  openQa(documentId: number): void;
  openDocuments(): void;
}

/**
 * The editor view: toolbar, the two aligned panes, and the side panel. It opens a document, keeps one
 * window of it in an EditorSession and swaps the window when the caret moves past its edge.
 */
export class WorkbenchView {
  readonly el: HTMLElement;
  private session: EditorSession | null = null;
  private readonly toolbar: WorkbenchToolbar;
  private readonly side: SidePanel;
  private readonly tm: TmWorkbench;
  private readonly tools: EditorTools;
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
  /**
   * Counts calls to open: one that finds a newer call made while it waited (two documents opened in
   * quick succession, the first answered last) drops what it fetched, so the newest open wins.
   */
  private opening = 0;
  /** The open document's QA findings from the last F8 / Shift+F8 run (shown on their segments). */
  private findings: QaIssue[] = [];

  constructor(private readonly deps: WorkbenchDeps) {
    this.tools = new EditorTools({
      api: deps.api,
      glossary: deps.glossary,
      flush: () => this.flush(),
      reload: () => this.reload(),
      openSegment: (documentId, index) => {
        window.location.hash = routeHash({ view: 'editor', documentId, segment: index });
      },
    });
    this.toolbar = new WorkbenchToolbar(
      {
        back: () => deps.openDocuments(),
        toggleSource: () => this.toggleSourceEditing(),
        addTerm: () => void this.addTerm(),
        checkDocument: () => this.openQa(),
        exportAs: (format) => void this.export(format),
        stepWindow: (dir) => this.stepWindow(dir),
        pretranslate: () => void this.tm.pretranslate(),
      },
      { commands: this.tools.toolbarItems, info: this.tools.toolbarInfo },
    );
    this.tm = new TmWorkbench(deps.api, { session: () => this.session, reload: () => this.reload() });
    this.side = new SidePanel(
      {
        insert: (english) => this.session?.insertEnglish(english),
        addTerm: () => void this.addTerm(),
        openReference: () => openKeyboardReference(),
        ignoreFinding: (issue) => void this.ignoreFinding(issue),
        sections: [this.tm.panel],
      },
      this.tools.sideSections,
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
    this.el = h(
      'div',
      { class: 'workbench' },
      this.toolbar.el,
      this.tools.filterBar.el,
      h('div', { class: 'wb-body' }, panes, this.side.el),
    );
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
    const call = ++this.opening;
    await this.close();
    const [doc, glossary] = await Promise.all([
      this.deps.api.call('documents.get', { id: documentId }),
      this.deps.glossary.get(),
    ]);
    if (call !== this.opening) return;
    const store = new SegmentStore(doc);
    store.setGlossary(glossary.matcher, glossary.entries);
    this.store = store;
    this.toolbar.setTitle(doc.name);
    this.tools.documentOpened(store);
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
      this.tools.sessionClosing();
      s.dispose();
    }
    const session = new EditorSession(
      this.deps.api,
      store,
      { source: this.sourceHost, target: this.targetHost },
      {
        onActiveChanged: (p) => this.renderActive(p),
        onSaveState: (st) => this.toolbar.setSaveState(st),
        onProgress: () => this.renderProgress(),
        onAddTerm: (sel) => void this.addTerm(sel),
        onShowShortcuts: () => openKeyboardReference(),
        onNextFinding: (seg, dir) => void this.nextFinding(seg, dir),
        onIgnoreFinding: (seg) => {
          const first = segmentFindings(this.findings, seg)[0];
          if (first) void this.ignoreFinding(first);
          else toast(t('qaFinding.noneHere'));
        },
        misspellingDismissed: (seg, word) =>
          this.findings.some(
            (f) =>
              f.ignored && f.check === 'possible-misspelling' && f.segment === seg && f.params.word === word,
          ),
        onOutsideWindow: (p) => this.showWindow(p),
        onConfirmed: (p) => this.session && this.tm.confirmed(this.session, p),
        extraActions: (s) => this.tm.actions(s),
      },
      perfHook(),
      win,
    );
    this.session = session;
    this.tools.sessionOpened(session);
    session.setSourceEditable(this.sourceEditable);
    this.toolbar.pager.render(session.layout, store.segments.length);
    this.toolbar.refit();
    session.goToSegment(pos);
    const perf = perfHook();
    if (perf && switching) perf.windowMs.push(performance.now() - started);
  }

  private stepWindow(dir: 1 | -1): void {
    const s = this.session;
    if (!s) return;
    this.showWindow(dir === 1 ? s.layout.first + s.layout.count : Math.max(0, s.layout.first - 1));
  }

  async close(): Promise<void> {
    const s = this.session;
    this.store = null;
    this.findings = [];
    this.side.reset();
    this.tm.reset();
    this.unsubscribe?.();
    this.unsubscribe = null;
    if (!s) return;
    this.session = null;
    try {
      await s.flush();
    } catch (err) {
      toastError(err);
    }
    this.tools.sessionClosing();
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

  /** F8 / Shift+F8: run the QA on this document and go to the next / previous open finding. */
  private async nextFinding(segment: number, dir: 1 | -1): Promise<void> {
    const doc = this.store?.doc.id;
    if (doc === undefined) return;
    try {
      const issues = await this.deps.api.call('qa.run', { documentIds: [doc] });
      this.findings = issues;
      // Misspellings dismissed earlier (here or in the QA view) lose their wavy lines.
      this.session?.misspellings.schedule();
      const next = findingFrom(issues, segment, dir);
      if (!next) {
        toast(t('qaView.none'));
        return;
      }
      this.goToSegment(next.segment);
      this.renderFindings();
      toast(t(next.message, { ...isolateParams(next.params), defaultValue: next.check }));
    } catch (err) {
      toastError(err);
    }
  }

  /** "Not an error" from the editor: stored like the QA view's, so the report shows it dismissed. */
  private async ignoreFinding(issue: QaIssue): Promise<void> {
    try {
      await this.deps.api.call('qa.setIgnored', { key: issue.key, ignored: true });
      issue.ignored = true;
      this.renderFindings();
      // A misspelling dismissed loses its wavy line too (the live check asks the findings).
      if (issue.check === 'possible-misspelling') this.session?.misspellings.schedule();
      toast(
        t('qaFinding.ignored', {
          message: t(issue.message, { ...isolateParams(issue.params), defaultValue: issue.check }),
        }),
      );
    } catch (err) {
      toastError(err);
    }
  }

  private renderFindings(): void {
    const s = this.session;
    const seg = s?.store.segments[s.activePos()];
    this.side.renderFindings(seg ? segmentFindings(this.findings, seg.index) : []);
  }

  goToSegment(index: number): void {
    const pos = this.store?.segments.findIndex((x) => x.index === index) ?? -1;
    if (pos >= 0) this.showWindow(pos);
  }

  languageChanged(): void {
    this.side.reset();
    this.tools.languageChanged();
    this.tm.reset();
    this.session?.languageChanged();
    this.renderProgress();
    if (this.session) this.toolbar.pager.render(this.session.layout, this.session.store.segments.length);
    this.toolbar.refit();
    if (this.session) this.renderActive(this.session.activePos());
  }

  private renderProgress(): void {
    const s = this.session;
    if (s) this.toolbar.setProgress(s.store.confirmedCount(), s.store.segments.length);
    this.tools.progress();
  }

  private renderActive(pos: number): void {
    const s = this.session;
    const seg = s?.store.segments[pos];
    if (!s || !seg) return;
    // Keep the URL on the active segment so a reload comes back to it (replaceState: no navigation).
    // Only while the editor is the visible view: a glossary change re-renders it in the background.
    const hash = editorHashToKeep(window.location.hash, s.store.doc.id, seg.index);
    if (hash !== null && !this.el.hidden && this.el.isConnected) {
      window.history.replaceState(window.history.state, '', hash);
    }
    // The memory lookup first: its request then runs on the server while the side panel is built here.
    this.tm.show(s.store, pos);
    this.side.render(s.store, pos);
    this.side.renderFindings(segmentFindings(this.findings, seg.index));
    this.side.renderMisspellings(s.misspellings.at(pos));
  }

  /**
   * Show the open document again from the server (a pre-translation, a find-and-replace wrote into it),
   * at the same segment.
   */
  private async reload(): Promise<void> {
    const s = this.session;
    const id = this.documentId();
    if (id === null) return;
    const index = s?.store.segments[s.activePos()]?.index;
    await this.close();
    await this.open(id, index);
  }

  private toggleSourceEditing(): void {
    this.sourceEditable = !this.sourceEditable;
    this.toolbar.setSourceEditable(this.sourceEditable);
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
      const file = await withProgress('exchangeExport', (opts) =>
        this.deps.api.call('exchange.export', { documentIds: [id], format }, opts),
      );
      downloadText(file.fileName, file.mime, file.content);
    } catch (err) {
      toastError(err);
    }
  }
}
