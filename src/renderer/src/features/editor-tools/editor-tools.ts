import './editor-tools.css';
import { stepInFilter } from '../../../../core/editor/segment-filter';
import type { RendererApiClient } from '../../api/client';
import type { monaco } from '../../editor/monaco';
import { t } from '../../i18n/i18n';
import { toast, toastError } from '../../ui/toast';
import type { GlossaryStore } from '../glossary/glossary-store';
import type { EditorSession } from '../workbench/editor-session';
import type { Editor } from '../workbench/panes';
import type { SegmentStore } from '../workbench/segment-store';
import { CommentGlyphs } from './comments/comment-glyphs';
import { CommentsSection } from './comments/comments-section';
import { CommentsStore } from './comments/comments-store';
import { DocumentCounts } from './counts/document-counts';
import { SegmentCounts } from './counts/segment-counts';
import { FilterBar, type FilterResult } from './filter/filter-bar';
import { FilterLines } from './filter/filter-lines';
import { FindPanel } from './find/find-panel';
import { ReviewerToggle } from './review/reviewer-toggle';
import { openUserDictionary } from './spell/user-dictionary-dialog';
import { SourceStatusLines } from './review/source-status-lines';
import type { SideSection } from './side-section';
import { registerSpellActions } from './spell/spell-actions';
import { SpellMarkers } from './spell/spell-markers';
import { SpellService } from './spell/spell-service';
import { SpellSetting } from './spell/spell-setting';
import { registerToolActions } from './tool-actions';
import { h } from '../../ui/dom';

export interface EditorToolsHost {
  api: RendererApiClient;
  glossary: GlossaryStore;
  /** Save pending drafts (before a search or replace reads the database). */
  flush(): Promise<void>;
  /** Read the open document again after its targets changed on the server. */
  reload(): Promise<void>;
  /** Open a document at a segment (a find result). */
  openSegment(documentId: number, index: number): void;
}

interface Attached {
  session: EditorSession;
  parts: { dispose(): void }[];
  filterLines: FilterLines;
  sourceStatus: SourceStatusLines;
}

/**
 * The editor's everyday tools (issue 12), each its own module: find and replace across documents, the
 * filter bar, word counts, English spell check, comments, reviewer mode. The workbench wires this class
 * in at a few points (toolbar items, side sections, filter bar, document and window lifecycle).
 */
export class EditorTools {
  readonly filterBar: FilterBar;
  readonly toolbarItems: HTMLElement[];
  readonly toolbarInfo: HTMLElement[];
  readonly sideSections: SideSection[];
  private readonly find: FindPanel;
  private readonly spell: SpellService;
  private readonly spellSetting: SpellSetting;
  private readonly comments: CommentsStore;
  private readonly commentsSection: CommentsSection;
  private readonly docCounts = new DocumentCounts();
  private readonly reviewer: ReviewerToggle;
  private attached: Attached | null = null;
  private actions: monaco.IDisposable[] = [];
  private kept: FilterResult = null;

  constructor(private readonly host: EditorToolsHost) {
    this.find = new FindPanel({
      api: host.api,
      flush: () => host.flush(),
      reload: () => host.reload(),
      open: (documentId, index) => host.openSegment(documentId, index),
    });
    this.spell = new SpellService(host.api);
    registerSpellActions(this.spell);
    this.spellSetting = new SpellSetting(host.api, this.spell);
    void this.spellSetting.load();
    host.glossary.subscribe((g) => {
      this.spell.setGlossary(g.entries);
      this.filterBar.glossaryChanged();
    });
    void host.glossary.get().then((g) => this.spell.setGlossary(g.entries), toastError);
    this.comments = new CommentsStore(host.api);
    this.commentsSection = new CommentsSection(this.comments);
    this.filterBar = new FilterBar(host.api, (kept) => this.filterChanged(kept));
    this.reviewer = new ReviewerToggle(host.api, (on, byUser) => {
      this.attached?.session.setReviewerMode(on);
      if (byUser) toast(t(on ? 'editorTools.review.on' : 'editorTools.review.off'));
    });
    void this.reviewer.load();
    const findButton = h('button', {
      class: 'btn',
      i18n: 'editorTools.find.button',
      i18nTitle: 'editorTools.find.buttonHint',
      attrs: { type: 'button', 'data-testid': 'open-find' },
      on: { click: () => this.openFind() },
    });
    this.toolbarItems = [this.reviewer.button, findButton];
    // The spelling setting sits at the end of the filter row, where there is room at every width.
    this.filterBar.el.append(this.spellSetting.el);
    this.toolbarInfo = [this.docCounts.el];
    this.sideSections = [new SegmentCounts(), this.commentsSection];
    document.addEventListener('keydown', (e) => {
      // Ctrl+Shift+F from anywhere outside the panes (the panes bind it as an action).
      if (e.defaultPrevented || !(e.ctrlKey || e.metaKey) || !e.shiftKey || e.altKey) return;
      if (e.key.toLowerCase() !== 'f' || (e.target as HTMLElement | null)?.closest('.monaco-editor')) return;
      e.preventDefault();
      this.openFind();
    });
  }

  openFind(initial?: string): void {
    this.find.show(initial);
  }

  /** A document was opened (its store is new): filter, counts and comments start over. */
  documentOpened(store: SegmentStore): void {
    this.docCounts.setDocument(store);
    this.filterBar.setDocument(store);
    void this.comments.load(store.doc.id).catch(toastError);
  }

  /** A window of the document got its panes. */
  sessionOpened(session: EditorSession): void {
    this.sessionClosing();
    const panes = { source: session.source, target: session.target };
    const filterLines = new FilterLines(panes, session.layout);
    const sourceStatus = new SourceStatusLines(session.source, session.store, session.layout);
    this.attached = {
      session,
      filterLines,
      sourceStatus,
      parts: [
        new SpellMarkers(this.spell, session.target, session.layout),
        new CommentGlyphs(session.target, session.store, session.layout, this.comments),
        filterLines,
        sourceStatus,
      ],
    };
    session.setReviewerMode(this.reviewer.isOn());
    this.applyFilter();
    this.registerActions();
  }

  sessionClosing(): void {
    const a = this.attached;
    if (!a) return;
    this.attached = null;
    for (const d of this.actions) d.dispose();
    this.actions = [];
    for (const p of a.parts) p.dispose();
  }

  /** Statuses or texts changed (every edit): header counts and the source pane's status stripes. */
  progress(): void {
    this.docCounts.update();
    this.attached?.sourceStatus.update();
  }

  languageChanged(): void {
    this.docCounts.relabel();
    for (const s of this.sideSections) s.reset();
    this.registerActions();
  }

  private registerActions(): void {
    for (const d of this.actions) d.dispose();
    const a = this.attached;
    if (!a) return;
    this.actions = registerToolActions([a.session.source, a.session.target], {
      findAcross: (ed) => this.openFind(selectionOf(ed)),
      toggleReviewer: () => this.reviewer.set(!this.reviewer.isOn()),
      addComment: () => this.commentsSection.focusInput(),
      focusFilter: () => this.filterBar.focus(),
      userDictionary: () => void openUserDictionary(this.host.api, this.spell),
    });
  }

  private filterChanged(kept: FilterResult): void {
    this.kept = kept;
    this.applyFilter();
    // The caret goes to the filter's first segment when it is not in the filter already.
    const a = this.attached;
    if (!a || !kept) return;
    const pos = a.session.activePos();
    const first = kept[0];
    if (!kept.includes(pos) && first !== undefined) a.session.goToSegment(first, false);
  }

  private applyFilter(): void {
    const a = this.attached;
    if (!a) return;
    a.filterLines.show(this.kept);
    const kept = this.kept;
    a.session.setFilterStep(
      kept === null
        ? null
        : (pos, dir) => {
            const next = stepInFilter(kept, pos, dir);
            if (next === undefined) toast(t('editorTools.filter.end'));
            return next;
          },
    );
  }
}

function selectionOf(ed: Editor): string | undefined {
  const sel = ed.getSelection();
  const model = ed.getModel();
  if (!sel || !model || sel.isEmpty() || sel.startLineNumber !== sel.endLineNumber) return undefined;
  return model.getValueInRange(sel);
}
