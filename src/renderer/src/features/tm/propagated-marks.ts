import type { Segment } from '../../../../shared/model';
import type { monaco } from '../../editor/monaco';
import { lineOf } from '../workbench/layout';
import type { EditorSession } from '../workbench/editor-session';

/** Editor lines (in the session's window) of the segments `isMarked` picks. */
export function propagatedLines(session: EditorSession, isMarked: (s: Segment) => boolean): number[] {
  const { layout, store } = session;
  const out: number[] = [];
  for (let pos = layout.first; pos < layout.first + layout.count; pos++) {
    const seg = store.segments[pos];
    const line = lineOf(layout, pos);
    if (seg && line !== undefined && isMarked(seg)) out.push(line);
  }
  return out;
}

/**
 * The tint of propagated drafts in the English pane: one decoration collection per editor session,
 * replaced only when the marked lines change (this runs on every render of the side panel).
 */
export class PropagatedMarks {
  private session: EditorSession | null = null;
  private collection: monaco.editor.IEditorDecorationsCollection | null = null;
  private shown = '';

  paint(session: EditorSession, lines: readonly number[]): void {
    const signature = lines.join(',');
    if (session === this.session && signature === this.shown) return;
    if (session !== this.session) {
      // The previous session's editor went with its window: its decorations went with it.
      this.session = session;
      this.collection = session.target.createDecorationsCollection();
    }
    this.shown = signature;
    this.collection?.set(
      lines.map((line) => ({
        range: { startLineNumber: line, startColumn: 1, endLineNumber: line, endColumn: 1 },
        options: { isWholeLine: true, className: 'tm-propagated-line' },
      })),
    );
  }

  clear(): void {
    this.collection?.clear();
    this.collection = null;
    this.session = null;
    this.shown = '';
  }
}
