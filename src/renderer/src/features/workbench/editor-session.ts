import type { SegmentStatus } from '../../../../shared/model';
import type { RendererApiClient } from '../../api/client';
import { fontsReady } from '../../editor/fonts';
import { monaco } from '../../editor/monaco';
import { t } from '../../i18n/i18n';
import { toast } from '../../ui/toast';
import type { GlossaryState } from '../glossary/glossary-store';
import type { SaveState } from './autosave';
import { DocumentSaver } from './document-saver';
import { registerEditorActions } from './editor-actions';
import { EnglishInsert } from './english-insert';
import { LiveMisspellings, mergeHovers } from '../qa/live-misspellings';
import { registerHoverSource, sourceHoverAt, targetHoverAt } from './hover';
import { buildLayout, lineOf, type PaneLayout } from './layout';
import { PaneAligner } from './pane-aligner';
import { createPanePair, disposePanePair, relabelPanePair } from './pane-pair';
import type { Editor } from './panes';
import { guardNativeUndo } from './native-undo-guard';
import { KeystrokeTimer, type PerfHook } from './perf';
import { SegmentEdits } from './segment-edits';
import { nextUntranslated } from './segment-nav';
import { SegmentNavigator } from './segment-navigator';
import type { SegmentStore } from './segment-store';
import { SessionDecorations } from './session-decorations';
import { StructureGuard } from './structure-guard';

export interface SessionCallbacks {
  /** The active segment changed or its terms / status changed. */
  onActiveChanged(pos: number): void;
  onSaveState(state: SaveState): void;
  onProgress(): void;
  onAddTerm(selection: string): void;
  onShowShortcuts(): void;
  /** F8 / Shift+F8 from segment `segment` (its index in the document). */
  onNextFinding(segment: number, dir: 1 | -1): void;
  /** Ctrl+F8 on segment `segment`: its QA finding is "not an error". */
  onIgnoreFinding(segment: number): void;
  /** The possible misspelling `word` in segment `segment` was marked "not an error": no wavy line. */
  misspellingDismissed?(segment: number, word: string): boolean;
  /** A segment outside this window was asked for: the view opens the window that holds it. */
  onOutsideWindow(pos: number): void;
  /** Ctrl+Enter confirmed the segment at `pos` (or found it confirmed). */
  onConfirmed?(pos: number): void;
  /** Editor actions of other features (translation memory), registered with ours. */
  extraActions?(session: EditorSession): monaco.IDisposable[];
}

/**
 * One window of a document in two Monaco panes: Persian source (right-to-left lines, read-only
 * unless unlocked) and English, aligned line for line. This class only wires the parts together:
 * pane-pair (Monaco setup), session-decorations, segment-navigator, segment-edits + document-saver
 * (the one save path), english-insert, editor-actions (keys) and the bench's keystroke timer.
 */
export class EditorSession {
  readonly source: Editor;
  readonly target: Editor;
  readonly layout: PaneLayout;
  private readonly decorations: SessionDecorations;
  private readonly nav: SegmentNavigator;
  private readonly edits: SegmentEdits;
  private readonly english: EnglishInsert;
  /** Misspelt glossary names marked in the source pane (checked when idle, off the typing path). */
  readonly misspellings: LiveMisspellings;
  private readonly aligner: PaneAligner;
  private readonly saver: DocumentSaver;
  private readonly guards: StructureGuard[];
  private readonly disposables: monaco.IDisposable[];
  private actionDisposables: monaco.IDisposable[] = [];
  private reviewer = false;

  constructor(
    api: RendererApiClient,
    readonly store: SegmentStore,
    containers: { source: HTMLElement; target: HTMLElement },
    private readonly cb: SessionCallbacks,
    perf: PerfHook | null,
    window: { first: number; count: number },
  ) {
    const layout = buildLayout(store.segments, window.first, window.count);
    this.layout = layout;
    const panes = createPanePair(containers, store, layout);
    this.source = panes.source;
    this.target = panes.target;
    this.decorations = new SessionDecorations(panes, store, layout);
    this.saver = new DocumentSaver(api, store, (st) => cb.onSaveState(st));
    this.aligner = new PaneAligner(this.source, this.target);
    this.nav = new SegmentNavigator(panes, layout, store.segments.length, {
      onActivated: (line, leaving) => {
        this.decorations.highlight(line);
        this.edits.stopTyping();
        if (leaving) void this.flush();
        cb.onActiveChanged(this.activePos());
      },
      onOutsideWindow: (pos) => cb.onOutsideWindow(pos),
    });
    const timer = new KeystrokeTimer(perf);
    this.edits = new SegmentEdits(panes, layout, store, this.saver, {
      redraw: (line) => {
        this.decorations.line(line);
        // Keystroke → decorations: the line the key changed has been redrawn.
        timer.decorated();
        this.aligner.scheduleLine(line);
      },
      onProgress: () => cb.onProgress(),
      onChanged: () => cb.onActiveChanged(this.activePos()),
    });
    this.english = new EnglishInsert(panes, layout, store, () => this.nav.line);
    this.misspellings = new LiveMisspellings(this.source, store, layout, {
      insert: (english) => this.insertEnglish(english),
      onUpdated: () => cb.onActiveChanged(this.activePos()),
      dismissed: (pos, word) => {
        const seg = store.segments[pos];
        return seg !== undefined && (cb.misspellingDismissed?.(seg.index, word) ?? false);
      },
    });
    const refused = (): void => toast(t('editor.refused'));
    this.guards = [
      new StructureGuard(this.target, layout, {
        onLinesChanged: (lines) => this.edits.targetLinesChanged(lines),
        onRefused: refused,
        onEnter: (shift) => this.nav.moveSegment(shift ? -1 : 1),
      }),
      new StructureGuard(this.source, layout, {
        onLinesChanged: (lines) => this.edits.sourceLinesChanged(lines),
        onRefused: refused,
        onEnter: (shift) => this.nav.moveSegment(shift ? -1 : 1, this.source),
      }),
    ];
    this.aligner.onRealigned = () => {
      if (this.nav.line)
        this.target.revealLineInCenterIfOutsideViewport(this.nav.line, monaco.editor.ScrollType.Immediate);
    };
    const srcModel = this.source.getModel()!;
    const tgtModel = this.target.getModel()!;
    this.disposables = [
      this.target.onKeyDown(() => timer.keyDown()),
      this.target.onDidBlurEditorText(() => void this.flush()),
      this.source.onDidBlurEditorText(() => void this.flush()),
      registerHoverSource(srcModel, {
        hover: (p) => mergeHovers(this.misspellings.hoverAt(p), sourceHoverAt(store, layout, p)),
      }),
      registerHoverSource(tgtModel, { hover: (p) => targetHoverAt(store, layout, tgtModel, p) }),
      guardNativeUndo(this.source, (op) => this.history(this.source, op)),
      guardNativeUndo(this.target, (op) => this.history(this.target, op)),
    ];
    this.registerActions();
    this.decorations.all();
    this.aligner.flush();
    void fontsReady().then(() => this.aligner.scheduleAll());
  }

  /** Re-register editor actions, e.g. after a UI language switch (their labels are translated). */
  registerActions(): void {
    for (const d of this.actionDisposables) d.dispose();
    this.actionDisposables = [...(this.cb.extraActions?.(this) ?? []), ...this.registerOwnActions()];
  }

  private registerOwnActions(): monaco.IDisposable[] {
    return registerEditorActions({
      source: this.source,
      target: this.target,
      confirmActive: () => this.confirmActive(),
      unconfirmActive: () => this.edits.unconfirm(this.activePos(), this.nav.line),
      undo: (ed) => this.history(ed, 'undo'),
      redo: (ed) => this.history(ed, 'redo'),
      moveSegment: (dir, ed) => this.nav.moveSegment(dir, ed),
      insertTermUnderCursor: (ed) =>
        this.insertTerm(() => this.english.termUnderCursor(ed, this.activePos())),
      addTermFromSelection: () => this.cb.onAddTerm(this.sourceSelection()),
      showShortcuts: () => this.cb.onShowShortcuts(),
      // Saved first, so the QA judges what the translator sees.
      nextFinding: (dir) =>
        void this.flush().then(() =>
          this.cb.onNextFinding(this.store.segments[this.activePos()]?.index ?? -1, dir),
        ),
      ignoreFinding: () => this.cb.onIgnoreFinding(this.store.segments[this.activePos()]?.index ?? -1),
    });
  }

  sourceSelection(): string {
    const sel = this.source.getSelection();
    const model = this.source.getModel();
    if (!sel || !model || sel.isEmpty()) return '';
    return model.getValueInRange(sel).replace(/\s+/g, ' ').trim();
  }

  glossaryChanged(g: GlossaryState): void {
    this.store.setGlossary(g.matcher, g.entries);
    this.decorations.all();
    this.misspellings.schedule();
    this.cb.onActiveChanged(this.activePos());
  }

  setSourceEditable(editable: boolean): void {
    this.source.updateOptions({ readOnly: !editable });
  }

  activePos(): number {
    return this.nav.activePos();
  }

  goToSegment(pos: number, focus = true): void {
    this.nav.goToSegment(pos, focus);
  }

  /** The editor's filter (editor-tools): segment keys move within it; null switches it off. */
  setFilterStep(step: ((pos: number, dir: 1 | -1) => number | undefined) | null): void {
    this.nav.stepper = step;
  }

  /** Reviewer mode: Ctrl+Enter signs segments off instead of confirming them. */
  setReviewerMode(on: boolean): void {
    this.reviewer = on;
  }

  /**
   * Ctrl+Enter: confirm through the saver (or, in reviewer mode, sign off), then go on to the next
   * segment still to translate, or the next one in the filter while a filter is on.
   */
  confirmActive(): void {
    const pos = this.activePos();
    if (this.reviewer) {
      // A sign-off is not a new translation: nothing to propagate, just on to the next segment.
      if (this.edits.signOff(pos, this.nav.line)) this.nav.moveSegment(1);
      return;
    }
    if (!this.edits.confirm(pos, this.nav.line)) return;
    this.cb.onConfirmed?.(pos);
    if (this.nav.stepper) {
      this.nav.moveSegment(1);
      return;
    }
    const next = nextUntranslated(this.store.statuses(), pos);
    if (next !== null) this.goToSegment(next);
    else toast(t('editor.allConfirmed'));
  }

  insertEnglish(text: string): void {
    this.insertTerm(() => this.english.insert(text));
  }

  /** A translation-memory match replaces the active segment's English, as one undo step. */
  replaceActiveTarget(text: string): void {
    this.insertTerm(() => this.english.replaceActive(text));
  }

  /** Segments the server changed (propagated repetitions, their undo), by document position. */
  showServerTargets(changes: readonly { pos: number; target: string; status: SegmentStatus }[]): void {
    for (const c of changes)
      this.edits.showServerTarget(c.pos, lineOf(this.layout, c.pos), c.target, c.status);
  }

  /** An inserted term is one undo step of its own. */
  private insertTerm(run: () => void): void {
    this.edits.stopTyping();
    run();
    this.edits.stopTyping();
  }

  private history(ed: Editor, op: 'undo' | 'redo'): void {
    const pane = ed === this.source ? 'source' : 'target';
    // A locked source pane takes no edits, undo included.
    if (pane === 'source' && ed.getOption(monaco.editor.EditorOption.readOnly)) return;
    const pos = this.activePos();
    if (pos < 0) return;
    if (op === 'undo') this.edits.undo(pane, pos, this.nav.line);
    else this.edits.redo(pane, pos, this.nav.line);
  }

  flush(opts: { keepalive?: boolean } = {}): Promise<void> {
    return this.saver.flush(opts);
  }

  hasPending(): boolean {
    return this.saver.hasPending();
  }

  /** See DocumentSaver.memorySaved: what a memory lookup waits for. */
  memorySaved(): Promise<void> | null {
    return this.saver.memorySaved();
  }

  languageChanged(): void {
    this.registerActions();
    relabelPanePair(this);
    this.decorations.all();
  }

  dispose(): void {
    for (const d of [...this.disposables, ...this.actionDisposables]) d.dispose();
    for (const g of this.guards) g.dispose();
    this.misspellings.dispose();
    this.nav.dispose();
    this.aligner.dispose();
    disposePanePair(this);
  }
}
