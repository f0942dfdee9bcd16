import type { RendererApiClient } from '../../api/client';
import { monaco } from '../../editor/monaco';
import { fontsReady } from '../../editor/fonts';
import { t } from '../../i18n/i18n';
import { toast, toastError } from '../../ui/toast';
import type { GlossaryState } from '../glossary/glossary-store';
import type { SaveState } from './autosave';
import { LineDecorations, sourceLineDecorations, targetLineDecorations } from './decorations';
import { DocumentSaver } from './document-saver';
import { registerEditorActions } from './editor-actions';
import { registerHoverSource, sourceHoverAt, targetHoverAt } from './hover';
import { buildLayout, lineOf, paneText, segmentLineFrom, type PaneLayout } from './layout';
import { PaneAligner } from './pane-aligner';
import { createPane } from './panes';
import type { PerfHook } from './perf';
import { nextUntranslated } from './segment-nav';
import type { SegmentStore } from './segment-store';
import { StructureGuard } from './structure-guard';
import { pickTerm, spacedInsertion } from './term-insert';

type Editor = monaco.editor.IStandaloneCodeEditor;

export interface SessionCallbacks {
  /** The active segment changed or its terms / status changed. */
  onActiveChanged(pos: number): void;
  onSaveState(state: SaveState): void;
  onProgress(): void;
  onAddTerm(selection: string): void;
  /** A segment outside this window was asked for: the view opens the window that holds it. */
  onOutsideWindow(pos: number): void;
}

/**
 * Two Monaco panes over one document: Persian source (right-to-left lines, read-only unless unlocked)
 * and English draft, aligned line for line, with term decorations, live consistency marks, keyboard
 * flow and autosave.
 */
export class EditorSession {
  readonly source: Editor;
  readonly target: Editor;
  readonly layout: PaneLayout;
  private readonly srcDecos: LineDecorations;
  private readonly tgtDecos: LineDecorations;
  private readonly active: [
    monaco.editor.IEditorDecorationsCollection,
    monaco.editor.IEditorDecorationsCollection,
  ];
  private readonly aligner: PaneAligner;
  private readonly guards: StructureGuard[] = [];
  private readonly disposables: monaco.IDisposable[] = [];
  private readonly saver: DocumentSaver;
  private activeLine = 0;
  private keyStart = 0;
  private actionDisposables: monaco.IDisposable[] = [];
  private disposed = false;

  constructor(
    private readonly api: RendererApiClient,
    readonly store: SegmentStore,
    containers: { source: HTMLElement; target: HTMLElement },
    private readonly cb: SessionCallbacks,
    private readonly perf: PerfHook | null,
    window: { first: number; count: number },
  ) {
    const { segments } = store;
    const layout = buildLayout(segments, window.first, window.count);
    this.layout = layout;
    const lineNumbers = (line: number): string => {
      const pos = layout.segmentOfLine[line] ?? -1;
      return pos < 0 ? '' : String(pos + 1);
    };
    this.source = createPane(containers.source, 'source', {
      value: paneText(layout, (i) => segments[i]?.source ?? ''),
      ariaLabel: t('editor.sourceAria'),
      lineNumbers,
    });
    this.target = createPane(containers.target, 'target', {
      value: paneText(layout, (i) => segments[i]?.target ?? ''),
      ariaLabel: t('editor.targetAria'),
      lineNumbers,
    });
    const srcModel = this.source.getModel()!;
    const tgtModel = this.target.getModel()!;
    // One decoration over the whole source gives every line real right-to-left layout.
    srcModel.deltaDecorations(
      [],
      [
        {
          range: srcModel.getFullModelRange(),
          options: {
            textDirection: monaco.editor.TextDirection.RTL,
            stickiness: monaco.editor.TrackedRangeStickiness.AlwaysGrowsWhenTypingAtEdges,
          },
        },
      ],
    );
    this.srcDecos = new LineDecorations(srcModel);
    this.tgtDecos = new LineDecorations(tgtModel);
    this.active = [this.source.createDecorationsCollection(), this.target.createDecorationsCollection()];

    this.saver = new DocumentSaver(api, store, (st) => this.cb.onSaveState(st));

    this.guards.push(
      new StructureGuard(this.target, layout, {
        onLinesChanged: (lines) => this.targetLinesChanged(lines),
        onRefused: () => toast(t('editor.refused')),
        onEnter: (shift) => this.moveSegment(shift ? -1 : 1),
      }),
      new StructureGuard(this.source, layout, {
        onLinesChanged: (lines) => this.sourceLinesChanged(lines),
        onRefused: () => toast(t('editor.refused')),
        onEnter: (shift) => this.moveSegment(shift ? -1 : 1, this.source),
      }),
    );
    this.aligner = new PaneAligner(this.source, this.target);
    this.aligner.onRealigned = () => {
      if (this.activeLine)
        this.target.revealLineInCenterIfOutsideViewport(this.activeLine, monaco.editor.ScrollType.Immediate);
    };

    this.disposables.push(
      this.target.onKeyDown(() => {
        if (this.perf) this.keyStart = performance.now();
      }),
      this.target.onDidChangeCursorPosition((e) => this.cursorMoved(this.target, e)),
      this.source.onDidChangeCursorPosition((e) => this.cursorMoved(this.source, e)),
      this.target.onDidBlurEditorText(() => void this.flush()),
      this.source.onDidBlurEditorText(() => void this.flush()),
    );
    this.disposables.push(
      registerHoverSource(srcModel, { hover: (p) => sourceHoverAt(this.store, this.layout, p) }),
      registerHoverSource(tgtModel, { hover: (p) => targetHoverAt(this.store, this.layout, tgtModel, p) }),
    );
    this.registerActions();
    this.redecorateAll();
    this.aligner.flush();
    void fontsReady().then(() => {
      this.aligner.scheduleAll();
    });
  }

  /** Re-register editor actions, e.g. after a UI language switch (their labels are translated). */
  registerActions(): void {
    for (const d of this.actionDisposables) d.dispose();
    this.actionDisposables = registerEditorActions(this);
  }

  addTermFromSelection(): void {
    this.cb.onAddTerm(this.sourceSelection());
  }

  sourceSelection(): string {
    const sel = this.source.getSelection();
    const model = this.source.getModel();
    if (!sel || !model || sel.isEmpty()) return '';
    return model.getValueInRange(sel).replace(/\s+/g, ' ').trim();
  }

  // ---- decorations ----

  redecorateAll(): void {
    const { layout } = this;
    const src: monaco.editor.IModelDeltaDecoration[][] = [];
    const tgt: monaco.editor.IModelDeltaDecoration[][] = [];
    for (let line = 1; line <= layout.lineCount; line++) {
      const pos = layout.segmentOfLine[line] ?? -1;
      src.push(pos < 0 ? [] : this.sourceDecos(line, pos));
      tgt.push(pos < 0 ? [] : this.targetDecos(line, pos));
    }
    this.srcDecos.setAll(src);
    this.tgtDecos.setAll(tgt);
  }

  private sourceDecos(line: number, pos: number): monaco.editor.IModelDeltaDecoration[] {
    const { store } = this;
    return sourceLineDecorations(line, store.hits[pos] ?? [], store.states[pos]!);
  }

  private targetDecos(line: number, pos: number): monaco.editor.IModelDeltaDecoration[] {
    const { store } = this;
    return targetLineDecorations(line, store.segments[pos]?.status ?? 'new', store.states[pos]!);
  }

  private redecorateLine(line: number): void {
    const pos = this.layout.segmentOfLine[line] ?? -1;
    if (pos < 0) return;
    this.srcDecos.setLine(line, this.sourceDecos(line, pos));
    this.tgtDecos.setLine(line, this.targetDecos(line, pos));
  }

  glossaryChanged(g: GlossaryState): void {
    this.store.setGlossary(g.matcher, g.entries);
    this.redecorateAll();
    this.cb.onActiveChanged(this.activePos());
  }

  // ---- edits ----

  private targetLinesChanged(lines: number[]): void {
    const model = this.target.getModel();
    if (!model) return;
    for (const line of lines) {
      const pos = this.layout.segmentOfLine[line] ?? -1;
      if (pos < 0) continue;
      const text = model.getLineContent(line);
      this.store.setTarget(pos, text);
      this.saver.target(pos, text);
      this.redecorateLine(line);
      this.aligner.scheduleLine(line);
    }
    if (this.perf && this.keyStart) {
      const start = this.keyStart;
      this.keyStart = 0;
      this.perf.keyToDecorationMs.push(performance.now() - start);
      requestAnimationFrame(() => this.perf?.keyToFrameMs.push(performance.now() - start));
    }
    this.cb.onProgress();
    this.cb.onActiveChanged(this.activePos());
  }

  private sourceLinesChanged(lines: number[]): void {
    const model = this.source.getModel();
    if (!model) return;
    for (const line of lines) {
      const pos = this.layout.segmentOfLine[line] ?? -1;
      if (pos < 0) continue;
      const text = model.getLineContent(line);
      this.store.setSource(pos, text);
      this.saver.source(pos, text);
      this.redecorateLine(line);
      this.aligner.scheduleLine(line);
    }
    this.cb.onActiveChanged(this.activePos());
  }

  setSourceEditable(editable: boolean): void {
    this.source.updateOptions({ readOnly: !editable });
  }

  // ---- navigation ----

  activePos(): number {
    return this.layout.segmentOfLine[this.activeLine] ?? -1;
  }

  private cursorMoved(ed: Editor, e: monaco.editor.ICursorPositionChangedEvent): void {
    const { layout } = this;
    const line = e.position.lineNumber;
    if ((layout.segmentOfLine[line] ?? -1) < 0) {
      // A selection (Shift+arrows) may pass over a separator line; only a bare caret is moved off it.
      if (ed.getSelection()?.isEmpty() === false) return;
      // Separator lines hold no segment: step over them in the direction of travel.
      const dir: 1 | -1 = line < this.activeLine ? -1 : 1;
      const to = segmentLineFrom(layout, line, dir) ?? segmentLineFrom(layout, line, dir === 1 ? -1 : 1);
      if (to === null) return;
      const model = ed.getModel();
      ed.setPosition({ lineNumber: to, column: dir === 1 ? 1 : (model?.getLineMaxColumn(to) ?? 1) });
      return;
    }
    this.activate(line);
  }

  /** Make a line the active segment: highlight it in both panes, save the one left behind. */
  private activate(line: number): void {
    if (line === this.activeLine) return;
    const leaving = this.activeLine;
    this.activeLine = line;
    // Both carets follow the active segment (re-entrant cursor events stop at the check above).
    for (const ed of [this.source, this.target]) {
      if (ed.getPosition()?.lineNumber !== line) {
        ed.setPosition({
          lineNumber: line,
          column: ed === this.target ? (ed.getModel()?.getLineMaxColumn(line) ?? 1) : 1,
        });
      }
    }
    this.highlightActive();
    if (leaving) void this.flush();
    this.cb.onActiveChanged(this.activePos());
  }

  private highlightActive(): void {
    const deco = [
      {
        range: new monaco.Range(this.activeLine, 1, this.activeLine, 1),
        options: { isWholeLine: true, className: 'seg-active', linesDecorationsClassName: 'seg-active-mark' },
      },
    ];
    this.active[0].set(deco);
    this.active[1].set(deco);
  }

  /** Put the caret at the end of a segment's English and bring it into view. */
  goToSegment(pos: number, focus = true): void {
    const line = lineOf(this.layout, pos);
    if (line === undefined) {
      if (pos >= 0 && pos < this.store.segments.length) this.cb.onOutsideWindow(pos);
      return;
    }
    const model = this.target.getModel();
    this.target.setPosition({ lineNumber: line, column: model?.getLineMaxColumn(line) ?? 1 });
    // The caret may not move at all (an empty line's only column): activate explicitly.
    this.activate(line);
    this.target.revealLineInCenterIfOutsideViewport(line, monaco.editor.ScrollType.Immediate);
    if (focus) this.target.focus();
  }

  moveSegment(dir: 1 | -1, ed: Editor = this.target): void {
    const cur = ed.getPosition()?.lineNumber ?? this.activeLine;
    const to = segmentLineFrom(this.layout, cur + dir, dir);
    if (to === null) {
      // Past the edge of this window: continue in the neighbouring one.
      const beyond = dir === 1 ? this.layout.first + this.layout.count : this.layout.first - 1;
      if (beyond >= 0 && beyond < this.store.segments.length) this.cb.onOutsideWindow(beyond);
      return;
    }
    const pos = this.layout.segmentOfLine[to] ?? 0;
    this.goToSegment(pos, ed === this.target || !ed.hasTextFocus());
    if (ed === this.source) {
      ed.setPosition({ lineNumber: to, column: 1 });
      ed.revealLineInCenterIfOutsideViewport(to);
    }
  }

  /** Ctrl+Enter: the segment becomes 'translated' and the caret moves to the next unconfirmed one. */
  async confirmActive(): Promise<void> {
    const pos = this.activePos();
    const seg = this.store.segments[pos];
    const line = this.activeLine;
    if (!seg) return;
    const text = this.target.getModel()?.getLineContent(line) ?? seg.target;
    if (text.trim() === '') {
      toast(t('editor.confirmEmpty'));
      return;
    }
    const previous = seg.status;
    this.store.setStatus(pos, 'translated');
    this.saver.drafts.discard(pos);
    this.redecorateLine(line);
    this.cb.onProgress();
    const next = nextUntranslated(this.store.statuses(), pos);
    if (next !== null) this.goToSegment(next);
    else toast(t('editor.allConfirmed'));
    try {
      // Earlier drafts first, so the confirmation is the last word on this segment.
      await this.saver.drafts.flush();
      await this.api.call('segments.saveTarget', {
        documentId: this.store.doc.id,
        index: seg.index,
        target: text,
        status: 'translated',
      });
    } catch (err) {
      this.store.setStatus(pos, previous === 'translated' ? 'draft' : previous);
      if (!this.disposed) {
        this.redecorateLine(line);
        this.cb.onProgress();
      }
      toastError(err);
    }
  }

  /** Insert English at the English caret, with a space before it when it follows a word. */
  insertEnglish(text: string): void {
    const model = this.target.getModel();
    if (!model) return;
    let sel = this.target.getSelection();
    if (
      !sel ||
      (this.layout.segmentOfLine[sel.startLineNumber] ?? -1) < 0 ||
      sel.startLineNumber !== sel.endLineNumber
    ) {
      const col = model.getLineMaxColumn(this.activeLine || 1);
      sel = new monaco.Selection(this.activeLine || 1, col, this.activeLine || 1, col);
    }
    const before = model.getLineContent(sel.startLineNumber).slice(0, sel.startColumn - 1);
    const after = model.getLineContent(sel.endLineNumber).slice(sel.endColumn - 1);
    this.target.executeEdits('insert-term', [
      { range: sel, text: spacedInsertion(before, after, text), forceMoveMarkers: true },
    ]);
    this.target.pushUndoStop();
    this.target.focus();
  }

  insertTermUnderCursor(ed: Editor): void {
    const pos = this.activePos();
    const caret = ed.getPosition();
    const hit = pickTerm(
      this.store.hits[pos] ?? [],
      this.store.states[pos]?.missingEntries ?? new Set(),
      ed === this.source && caret ? caret.column - 1 : null,
    );
    if (hit) this.insertEnglish(hit.english);
    else toast(t('terms.none'));
  }

  // ---- saving ----

  flush(opts: { keepalive?: boolean } = {}): Promise<void> {
    return this.saver.flush(opts);
  }

  hasPending(): boolean {
    return this.saver.hasPending();
  }

  languageChanged(): void {
    this.registerActions();
    this.source.updateOptions({ ariaLabel: t('editor.sourceAria') });
    this.target.updateOptions({ ariaLabel: t('editor.targetAria') });
    this.redecorateAll();
  }

  dispose(): void {
    this.disposed = true;
    for (const d of [...this.disposables, ...this.actionDisposables]) d.dispose();
    for (const g of this.guards) g.dispose();
    this.aligner.dispose();
    const models = [this.source.getModel(), this.target.getModel()];
    this.source.dispose();
    this.target.dispose();
    for (const m of models) m?.dispose();
  }
}
