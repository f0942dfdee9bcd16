import { monaco } from '../../editor/monaco';
import { foldNewlines, restoreEdit } from './line-guard';
import type { PaneLayout } from './layout';

type Editor = monaco.editor.IStandaloneCodeEditor;

export interface GuardCallbacks {
  /** Lines whose text changed while the structure stayed intact (1-based). */
  onLinesChanged(lines: number[]): void;
  /** An edit that would have shifted the alignment was refused. */
  onRefused(): void;
  /** Enter (without Ctrl) was pressed: in a one-line-per-segment pane it moves between segments. */
  onEnter(shift: boolean): void;
}

/**
 * Keeps a pane at exactly one line per segment. The common cases are stopped before they reach the
 * model (Enter is a navigation key, pasted newlines fold to spaces, Backspace at the start / Delete at the
 * end of a line do nothing); anything else that still changes the line structure (typing over a
 * multi-line selection, cut) is reverted at once to the last good text. Undo and redo step over those
 * transient states instead of stopping in them.
 */
export class StructureGuard {
  private mirror: string[];
  private busy = false;
  private readonly disposables: monaco.IDisposable[] = [];
  private readonly onPaste: (e: ClipboardEvent) => void;

  constructor(
    private readonly editor: Editor,
    private readonly layout: PaneLayout,
    private readonly cb: GuardCallbacks,
  ) {
    const model = editor.getModel();
    if (!model) throw new Error('editor without model');
    this.mirror = model.getLinesContent();
    this.disposables.push(
      editor.onKeyDown((e) => this.keyDown(e)),
      model.onDidChangeContent((e) => this.changed(model, e)),
    );
    // Capture phase: runs before Monaco's own paste handling on its hidden textarea.
    this.onPaste = (e: ClipboardEvent): void => {
      const text = e.clipboardData?.getData('text/plain');
      if (
        text === undefined ||
        !/[\r\n\u2028\u2029\t]/.test(text) ||
        editor.getOption(monaco.editor.EditorOption.readOnly)
      )
        return;
      e.preventDefault();
      e.stopPropagation();
      const folded = foldNewlines(text);
      const selections = editor.getSelections() ?? [];
      editor.executeEdits(
        'paste',
        selections.map((range) => ({ range, text: folded, forceMoveMarkers: true })),
      );
      editor.pushUndoStop();
    };
    editor.getDomNode()?.addEventListener('paste', this.onPaste, true);
  }

  /** The last structurally valid text of each line (0-based), kept in step with the model. */
  lines(): readonly string[] {
    return this.mirror;
  }

  private keyDown(e: monaco.IKeyboardEvent): void {
    const { KeyCode } = monaco;
    const block = (): void => {
      e.preventDefault();
      e.stopPropagation();
    };
    // Ctrl/Cmd+Enter is left to the editor's keybindings (confirm segment).
    if (e.keyCode === KeyCode.Enter && !e.ctrlKey && !e.metaKey && !e.altKey) {
      block();
      this.cb.onEnter(e.shiftKey);
      return;
    }
    if (this.editor.getOption(monaco.editor.EditorOption.readOnly)) return;
    const sel = this.editor.getSelection();
    const model = this.editor.getModel();
    if (!sel || !model) return;
    if (e.keyCode === KeyCode.Backspace && sel.isEmpty() && sel.startColumn === 1) block();
    else if (
      e.keyCode === KeyCode.Delete &&
      sel.isEmpty() &&
      sel.startColumn === model.getLineMaxColumn(sel.startLineNumber)
    )
      block();
    else if (
      (e.keyCode === KeyCode.Backspace || e.keyCode === KeyCode.Delete) &&
      sel.startLineNumber !== sel.endLineNumber
    ) {
      block();
      this.cb.onRefused();
    }
  }

  private changed(model: monaco.editor.ITextModel, e: monaco.editor.IModelContentChangedEvent): void {
    if (this.busy) return;
    const lineCount = model.getLineCount();
    const reshaped = e.changes.some(
      (c) => c.range.startLineNumber !== c.range.endLineNumber || /[\r\n]/.test(c.text),
    );
    if (!reshaped && lineCount === this.layout.lineCount) {
      const lines = new Set<number>();
      for (const c of e.changes) lines.add(c.range.startLineNumber);
      const sorted = [...lines].sort((a, b) => a - b);
      for (const line of sorted) {
        if ((this.layout.segmentOfLine[line] ?? -1) < 0 && model.getLineLength(line) > 0) {
          this.refuse(model, e);
          return;
        }
      }
      for (const line of sorted) this.mirror[line - 1] = model.getLineContent(line);
      this.cb.onLinesChanged(sorted);
      return;
    }
    // A reshaping change is fine only if it lands on a valid structure, which happens when undo/redo
    // restores a state we had before (stepping back over a refused edit).
    if ((e.isUndoing || e.isRedoing) && this.validStructure(model)) {
      this.resync(model);
      return;
    }
    this.refuse(model, e);
  }

  private validStructure(model: monaco.editor.ITextModel): boolean {
    if (model.getLineCount() !== this.layout.lineCount) return false;
    for (let line = 1; line <= this.layout.lineCount; line++) {
      if ((this.layout.segmentOfLine[line] ?? -1) < 0 && model.getLineLength(line) > 0) return false;
    }
    return true;
  }

  private resync(model: monaco.editor.ITextModel): void {
    const now = model.getLinesContent();
    const changed: number[] = [];
    now.forEach((text, i) => {
      if (this.mirror[i] !== text) changed.push(i + 1);
    });
    this.mirror = now;
    if (changed.length) this.cb.onLinesChanged(changed);
  }

  private refuse(model: monaco.editor.ITextModel, e: monaco.editor.IModelContentChangedEvent): void {
    this.busy = true;
    // Edit outside the change event: Monaco is still dispatching it.
    queueMicrotask(() => {
      try {
        if (e.isUndoing) model.undo();
        else if (e.isRedoing) model.redo();
        else this.restore(model);
        if (!this.validStructure(model)) this.restore(model);
      } finally {
        this.busy = false;
      }
      this.resync(model);
      this.cb.onRefused();
    });
  }

  private restore(model: monaco.editor.ITextModel): void {
    const edit = restoreEdit(this.mirror, model.getLinesContent());
    if (!edit) return;
    const range = new monaco.Range(edit.startLine, edit.startColumn, edit.endLine, edit.endColumn);
    const before = this.editor.getSelections();
    model.pushEditOperations(before ?? [], [{ range, text: edit.text }], () => before);
    model.pushStackElement();
  }

  dispose(): void {
    this.editor.getDomNode()?.removeEventListener('paste', this.onPaste, true);
    for (const d of this.disposables) d.dispose();
  }
}
