import type { SegmentStatus } from '../../../../shared/model';
import { monaco } from '../../editor/monaco';
import { t } from '../../i18n/i18n';
import { toast } from '../../ui/toast';
import type { DocumentSaver } from './document-saver';
import type { PaneLayout } from './layout';
import type { PanePair } from './pane-pair';
import type { Editor, PaneKind } from './panes';
import { SegmentHistory, type HistoryResult } from './segment-history';
import { isConfirmed } from './segment-nav';
import type { SegmentStore } from './segment-store';

export interface EditsCallbacks {
  /** A line's text or status changed: redraw its decorations and realign it. */
  redraw(line: number): void;
  /** Confirmed counts may have changed. */
  onProgress(): void;
  /** What the side panel shows of the active segment may have changed. */
  onChanged(): void;
}

/**
 * Every change of a segment — typed, pasted, inserted, confirmed, un-confirmed, undone — lands here:
 * the store takes it, the per-segment history records it, and the document saver (the one save path)
 * writes it.
 */
export class SegmentEdits {
  private readonly history: Record<PaneKind, SegmentHistory> = {
    source: new SegmentHistory(),
    target: new SegmentHistory(),
  };
  /** Set while undo/redo writes into a pane: that change is not a new step of the history. */
  private applying = false;
  /** Set while text the server already holds is shown (a propagated repetition): not saved again. */
  private serverText = false;

  constructor(
    private readonly panes: PanePair,
    private readonly layout: PaneLayout,
    private readonly store: SegmentStore,
    private readonly saver: DocumentSaver,
    private readonly cb: EditsCallbacks,
  ) {}

  targetLinesChanged(lines: number[]): void {
    const model = this.panes.target.getModel();
    if (!model) return;
    for (const line of lines) {
      const pos = this.layout.segmentOfLine[line] ?? -1;
      const seg = this.store.segments[pos];
      if (!seg) continue;
      const text = model.getLineContent(line);
      if (!this.applying) this.history.target.recordText(pos, seg.target, text);
      this.store.setTarget(pos, text);
      if (!this.serverText) this.saveTarget(pos);
      this.cb.redraw(line);
    }
    this.cb.onProgress();
    this.cb.onChanged();
  }

  sourceLinesChanged(lines: number[]): void {
    const model = this.panes.source.getModel();
    if (!model) return;
    for (const line of lines) {
      const pos = this.layout.segmentOfLine[line] ?? -1;
      const seg = this.store.segments[pos];
      if (!seg) continue;
      const text = model.getLineContent(line);
      if (!this.applying) this.history.source.recordText(pos, seg.source, text);
      this.store.setSource(pos, text);
      this.saver.source(pos, text);
      this.cb.redraw(line);
    }
    this.cb.onChanged();
  }

  /** The caret left a segment, or text arrived in one piece (paste, term): the next typing is a new step. */
  stopTyping(): void {
    this.history.source.stop();
    this.history.target.stop();
  }

  /** Ctrl+Enter: the segment becomes 'translated'. False when there is nothing to confirm. */
  confirm(pos: number, line: number): boolean {
    const seg = this.store.segments[pos];
    if (!seg) return false;
    if (seg.target.trim() === '') {
      toast(t('editor.confirmEmpty'));
      return false;
    }
    // Already confirmed (translated, reviewed, final): keep that status, just move on.
    if (!isConfirmed(seg.status)) {
      this.history.target.recordStatus(pos, 'confirm', seg.status, 'translated');
      this.setStatus(pos, line, 'translated');
    }
    return true;
  }

  /** The explicit way back from a confirmation (undo never does it): the segment becomes a draft. */
  unconfirm(pos: number, line: number): void {
    const seg = this.store.segments[pos];
    if (!seg) return;
    if (!isConfirmed(seg.status)) {
      toast(t('editor.notConfirmed'));
      return;
    }
    this.history.target.recordStatus(pos, 'unconfirm', seg.status, 'draft');
    this.setStatus(pos, line, 'draft');
  }

  /**
   * A segment the server changed (a propagated repetition, or its undo): shown with the server's status,
   * neither saved again nor a step of the translator's history. `line` is undefined outside the window.
   */
  showServerTarget(pos: number, line: number | undefined, target: string, status: SegmentStatus): void {
    const model = this.panes.target.getModel();
    this.serverText = true;
    this.applying = true;
    try {
      if (model && line !== undefined) {
        const range = new monaco.Range(line, 1, line, model.getLineMaxColumn(line));
        this.panes.target.executeEdits('server-text', [{ range, text: target }]);
      }
      this.store.setTarget(pos, target);
      this.store.setStatus(pos, status);
    } finally {
      this.serverText = false;
      this.applying = false;
    }
    if (line !== undefined) this.cb.redraw(line);
    this.cb.onProgress();
    this.cb.onChanged();
  }

  undo(pane: PaneKind, pos: number, line: number): void {
    this.apply(pane, pos, line, this.history[pane].undo(pos));
  }

  redo(pane: PaneKind, pos: number, line: number): void {
    this.apply(pane, pos, line, this.history[pane].redo(pos));
  }

  private apply(pane: PaneKind, pos: number, line: number, r: HistoryResult): void {
    if (r.kind === 'confirmed') toast(t('editor.undoStopsAtConfirmed'));
    else if (r.kind === 'status') this.setStatus(pos, line, r.status);
    else if (r.kind === 'text')
      this.replaceLine(pane === 'source' ? this.panes.source : this.panes.target, line, r.text);
  }

  private setStatus(pos: number, line: number, status: Parameters<SegmentStore['setStatus']>[1]): void {
    this.store.setStatus(pos, status);
    this.saveTarget(pos);
    // A status is a decision the translator expects to be kept at once, not after the typing pause.
    void this.saver.flush();
    this.cb.redraw(line);
    this.cb.onProgress();
    this.cb.onChanged();
  }

  private saveTarget(pos: number): void {
    const seg = this.store.segments[pos];
    if (seg) this.saver.target(pos, { target: seg.target, status: seg.status });
  }

  /** Write a line's text back into its pane; the pane's change event brings it to the store and saver. */
  private replaceLine(ed: Editor, line: number, text: string): void {
    const model = ed.getModel();
    if (!model) return;
    const old = model.getLineContent(line);
    let head = 0;
    while (head < old.length && head < text.length && old[head] === text[head]) head++;
    let tail = 0;
    while (
      tail < old.length - head &&
      tail < text.length - head &&
      old[old.length - 1 - tail] === text[text.length - 1 - tail]
    )
      tail++;
    const range = new monaco.Range(line, head + 1, line, old.length - tail + 1);
    const caret = new monaco.Selection(line, text.length - tail + 1, line, text.length - tail + 1);
    this.applying = true;
    try {
      ed.executeEdits('segment-undo', [{ range, text: text.slice(head, text.length - tail) }], [caret]);
    } finally {
      this.applying = false;
    }
    ed.revealPositionInCenterIfOutsideViewport(caret.getPosition());
  }
}
