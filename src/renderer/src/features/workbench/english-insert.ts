import { monaco } from '../../editor/monaco';
import { t } from '../../i18n/i18n';
import { toast } from '../../ui/toast';
import type { PaneLayout } from './layout';
import type { PanePair } from './pane-pair';
import type { Editor } from './panes';
import type { SegmentStore } from './segment-store';
import { pickTerm, spacedInsertion } from './term-insert';

/** Inserting glossary English into the translation: from the term panel or Ctrl+Shift+Y. */
export class EnglishInsert {
  constructor(
    private readonly panes: PanePair,
    private readonly layout: PaneLayout,
    private readonly store: SegmentStore,
    private readonly activeLine: () => number,
  ) {}

  /** Insert English at the English caret, with a space before it when it follows a word. */
  insert(text: string): void {
    const { target } = this.panes;
    const model = target.getModel();
    if (!model) return;
    const active = this.activeLine() || 1;
    let sel = target.getSelection();
    if (
      !sel ||
      (this.layout.segmentOfLine[sel.startLineNumber] ?? -1) < 0 ||
      sel.startLineNumber !== sel.endLineNumber
    ) {
      const col = model.getLineMaxColumn(active);
      sel = new monaco.Selection(active, col, active, col);
    }
    const before = model.getLineContent(sel.startLineNumber).slice(0, sel.startColumn - 1);
    const after = model.getLineContent(sel.endLineNumber).slice(sel.endColumn - 1);
    target.executeEdits('insert-term', [
      { range: sel, text: spacedInsertion(before, after, text), forceMoveMarkers: true },
    ]);
    target.pushUndoStop();
    target.focus();
  }

  /** Replace the active segment's whole English (a translation-memory match). */
  replaceActive(text: string): void {
    const { target } = this.panes;
    const model = target.getModel();
    const line = this.activeLine();
    if (!model || !line) return;
    const range = new monaco.Range(line, 1, line, model.getLineMaxColumn(line));
    const end = new monaco.Selection(line, text.length + 1, line, text.length + 1);
    target.executeEdits('insert-match', [{ range, text }], [end]);
    target.pushUndoStop();
    target.focus();
  }

  /** The term under the Persian caret, or the first one the translation still misses. */
  termUnderCursor(ed: Editor, pos: number): void {
    const caret = ed.getPosition();
    const hit = pickTerm(
      this.store.hits[pos] ?? [],
      this.store.states[pos]?.missingEntries ?? new Set(),
      ed === this.panes.source && caret ? caret.column - 1 : null,
    );
    if (hit) this.insert(hit.english);
    else toast(t('terms.none'));
  }
}
