import type { AppEvent, BarabarBridge } from '../../../shared/api/bridge';
import type { RendererApiClient } from '../api/client';
import { DocumentsView } from '../features/documents/documents-view';
import { GlossaryStore } from '../features/glossary/glossary-store';
import { GlossaryView } from '../features/glossary/glossary-view';
import { QaView } from '../features/qa/qa-view';
import { installKeyboardReferenceKeys } from '../features/workbench/keyboard-reference';
import { WorkbenchView } from '../features/workbench/workbench-view';
import { changeLanguage, currentLanguage, t, type UiLanguage } from '../i18n/i18n';
import { h, setI18n, translateTree } from '../ui/dom';
import { toastError } from '../ui/toast';
import { parseRoute, routeHash, type Route } from './routes';

type ViewName = Route['view'];

/** The shell: header with navigation and UI language, one visible view at a time, hash routing. */
export class App {
  private readonly glossaryStore: GlossaryStore;
  private readonly documents: DocumentsView;
  private readonly workbench: WorkbenchView;
  private readonly glossary: GlossaryView;
  private readonly qa: QaView;
  private readonly main = h('main', { class: 'app-main' });
  private readonly tabs = new Map<ViewName, HTMLElement>();
  private readonly langButton: HTMLButtonElement;
  private current: ViewName | null = null;
  private lastDocument: number | null = null;
  /** Counts navigations: one that waited is dropped if another began meanwhile. */
  private routeSeq = 0;

  constructor(
    private readonly api: RendererApiClient,
    private readonly bridge: BarabarBridge | null,
  ) {
    this.glossaryStore = new GlossaryStore(api);
    this.documents = new DocumentsView({
      api,
      openDocument: (id) => this.go({ view: 'editor', documentId: id }),
    });
    this.workbench = new WorkbenchView({
      api,
      glossary: this.glossaryStore,
      openQa: (id) => this.go({ view: 'qa', documentId: id }),
      openDocuments: () => this.go({ view: 'documents' }),
    });
    this.glossary = new GlossaryView(api, this.glossaryStore);
    this.qa = new QaView({
      api,
      openSegment: (documentId, segment) => this.go({ view: 'editor', documentId, segment }),
      currentDocument: () => this.lastDocument,
    });
    this.langButton = h('button', {
      class: 'btn btn-ghost lang-switch',
      i18n: 'app.switchLanguage',
      i18nTitle: 'app.switchLanguageHint',
      attrs: { type: 'button', 'data-testid': 'switch-language' },
      on: { click: () => void this.toggleLanguage() },
    });
  }

  mount(root: HTMLElement): void {
    const tab = (view: ViewName, key: string): HTMLElement => {
      const el = h('button', {
        class: 'nav-tab',
        i18n: key,
        attrs: { type: 'button', 'data-view': view },
        on: {
          click: () => {
            if (view === 'editor') {
              if (this.lastDocument !== null) this.go({ view: 'editor', documentId: this.lastDocument });
            } else this.go(view === 'qa' ? { view: 'qa' } : ({ view } as Route));
          },
        },
      });
      this.tabs.set(view, el);
      return el;
    };
    const header = h(
      'header',
      { class: 'app-header' },
      h(
        'h1',
        { class: 'app-name' },
        h('span', { class: 'app-logo', attrs: { 'aria-hidden': 'true' }, text: '⇄' }),
        h('span', { i18n: 'app.name' }),
      ),
      h(
        'nav',
        { class: 'app-nav' },
        tab('documents', 'nav.documents'),
        tab('editor', 'nav.editor'),
        tab('glossary', 'nav.glossary'),
        tab('qa', 'nav.qa'),
      ),
      h('span', { class: 'spacer' }),
      this.langButton,
    );
    root.replaceChildren(header, this.main);
    document.title = t('app.title');
    // The hash this navigation set, not the location now: the editor may have rewritten the URL to its
    // active segment (replaceState) between the change and this event.
    window.addEventListener('hashchange', (e) => void this.route(new URL(e.newURL).hash));
    this.installUnloadFlush();
    installKeyboardReferenceKeys();
    this.bridge?.onEvent((e) => void this.onAppEvent(e));
    void this.route();
  }

  go(route: Route): void {
    const hash = routeHash(route);
    if (window.location.hash === hash) void this.route();
    else window.location.hash = hash;
  }

  private async route(hash = window.location.hash): Promise<void> {
    const r = parseRoute(hash);
    const seq = ++this.routeSeq;
    // The URL names the view shown, even if it was rewritten after this navigation was asked for.
    if (window.location.hash !== hash) window.history.replaceState(window.history.state, '', hash);
    try {
      if (r.view !== 'editor' && this.current === 'editor') await this.workbench.flush();
      // A newer navigation came while the drafts were being saved: it decides what is shown.
      if (seq !== this.routeSeq) return;
      this.show(r.view);
      switch (r.view) {
        case 'documents':
          await this.documents.refresh();
          break;
        case 'editor':
          this.lastDocument = r.documentId;
          await this.workbench.open(r.documentId, r.segment);
          break;
        case 'glossary':
          await this.glossary.load(false);
          break;
        case 'qa':
          await this.qa.show(r.documentId ?? null);
          break;
      }
    } catch (err) {
      toastError(err);
      if (r.view === 'editor') this.go({ view: 'documents' });
    }
  }

  private show(view: ViewName): void {
    const el = {
      documents: this.documents.el,
      editor: this.workbench.el,
      glossary: this.glossary.el,
      qa: this.qa.el,
    }[view];
    if (this.current !== view) {
      // Views stay alive (the editor keeps its Monaco instances); only the visible one is attached.
      for (const v of [this.documents.el, this.workbench.el, this.glossary.el, this.qa.el])
        v.hidden = v !== el;
      if (!el.isConnected) this.main.append(el);
      this.current = view;
    }
    for (const [name, tabEl] of this.tabs) {
      tabEl.classList.toggle('is-active', name === view);
      tabEl.toggleAttribute('disabled', name === 'editor' && this.lastDocument === null);
    }
    document.body.dataset.view = view;
  }

  private async toggleLanguage(): Promise<void> {
    const next: UiLanguage = currentLanguage() === 'fa' ? 'en' : 'fa';
    try {
      const saved = await this.api.call('settings.set', { uiLanguage: next });
      await this.applyLanguage(saved.uiLanguage);
    } catch (err) {
      toastError(err);
    }
  }

  private async applyLanguage(lng: UiLanguage): Promise<void> {
    await changeLanguage(lng);
    document.title = t('app.title');
    // Views not shown yet are not in the document: translate each view root, not just <body>.
    for (const root of [document.body, this.documents.el, this.workbench.el, this.glossary.el, this.qa.el])
      translateTree(root);
    setI18n(this.langButton, 'app.switchLanguage');
    this.documents.render();
    this.glossary.render();
    this.qa.render();
    this.workbench.languageChanged();
  }

  private async onAppEvent(e: AppEvent): Promise<void> {
    if (e.type === 'documents-changed') await this.documents.refresh();
    else if (e.type === 'glossary-changed') {
      await this.glossaryStore.reload().catch(toastError);
      if (this.current === 'glossary') await this.glossary.load(false);
    } else if (e.type === 'open-view') {
      if (e.view === 'toggle-ui-language') await this.toggleLanguage();
      else if (e.view === 'documents' || e.view === 'glossary' || e.view === 'qa')
        this.go({ view: e.view } as Route);
      else if (e.view === 'editor' && this.lastDocument !== null)
        this.go({ view: 'editor', documentId: this.lastDocument });
    }
  }

  /** Drafts typed in the last half second must survive closing or reloading the page. */
  private installUnloadFlush(): void {
    const flush = (): void => this.workbench.flushForUnload();
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush();
    });
  }
}
