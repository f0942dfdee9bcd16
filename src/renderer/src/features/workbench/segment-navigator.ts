import { monaco } from '../../editor/monaco';
import { lineOf, segmentLineFrom, type PaneLayout } from './layout';
import type { PanePair } from './pane-pair';
import type { Editor } from './panes';

export interface NavigatorCallbacks {
  /** The caret entered another segment (line of the one left behind, 0 at first). */
  onActivated(line: number, leaving: number): void;
  /** A segment outside this window was asked for: the view opens the window that holds it. */
  onOutsideWindow(pos: number): void;
}

/**
 * Which segment is active and how the caret moves between segments: both carets follow the active
 * line, separator lines are stepped over, and moving past the window's edge asks for the next window.
 */
export class SegmentNavigator {
  private activeLine = 0;
  /**
   * Set while the editor's filter is on (editor-tools): the next / previous document position in the
   * filter, undefined at its end. The segment keys then move within the filter.
   */
  stepper: ((pos: number, dir: 1 | -1) => number | undefined) | null = null;
  private readonly disposables: monaco.IDisposable[];

  constructor(
    private readonly panes: PanePair,
    private readonly layout: PaneLayout,
    private readonly segmentCount: number,
    private readonly cb: NavigatorCallbacks,
  ) {
    this.disposables = [
      panes.target.onDidChangeCursorPosition((e) => this.cursorMoved(panes.target, e)),
      panes.source.onDidChangeCursorPosition((e) => this.cursorMoved(panes.source, e)),
    ];
  }

  get line(): number {
    return this.activeLine;
  }

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

  /** Make a line the active segment and move both carets onto it. */
  private activate(line: number): void {
    if (line === this.activeLine) return;
    const leaving = this.activeLine;
    this.activeLine = line;
    // Both carets follow the active segment (re-entrant cursor events stop at the check above).
    for (const ed of [this.panes.source, this.panes.target]) {
      if (ed.getPosition()?.lineNumber !== line) {
        ed.setPosition({
          lineNumber: line,
          column: ed === this.panes.target ? (ed.getModel()?.getLineMaxColumn(line) ?? 1) : 1,
        });
      }
    }
    this.cb.onActivated(line, leaving);
  }

  /** Put the caret at the end of a segment's English and bring it into view. */
  goToSegment(pos: number, focus = true): void {
    const { target } = this.panes;
    const line = lineOf(this.layout, pos);
    if (line === undefined) {
      if (pos >= 0 && pos < this.segmentCount) this.cb.onOutsideWindow(pos);
      return;
    }
    const model = target.getModel();
    target.setPosition({ lineNumber: line, column: model?.getLineMaxColumn(line) ?? 1 });
    // The caret may not move at all (an empty line's only column): activate explicitly.
    this.activate(line);
    target.revealLineInCenterIfOutsideViewport(line, monaco.editor.ScrollType.Immediate);
    if (focus) target.focus();
  }

  moveSegment(dir: 1 | -1, ed: Editor = this.panes.target): void {
    if (this.stepper) {
      const pos = this.stepper(this.activePos(), dir);
      if (pos !== undefined) this.goToSegment(pos, ed === this.panes.target || !ed.hasTextFocus());
      return;
    }
    const cur = ed.getPosition()?.lineNumber ?? this.activeLine;
    const to = segmentLineFrom(this.layout, cur + dir, dir);
    if (to === null) {
      // Past the edge of this window: continue in the neighbouring one.
      const beyond = dir === 1 ? this.layout.first + this.layout.count : this.layout.first - 1;
      if (beyond >= 0 && beyond < this.segmentCount) this.cb.onOutsideWindow(beyond);
      return;
    }
    const pos = this.layout.segmentOfLine[to] ?? 0;
    this.goToSegment(pos, ed === this.panes.target || !ed.hasTextFocus());
    if (ed === this.panes.source) {
      ed.setPosition({ lineNumber: to, column: 1 });
      ed.revealLineInCenterIfOutsideViewport(to);
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
