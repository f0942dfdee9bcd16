import { monaco } from '../../../editor/monaco';
import { t } from '../../../i18n/i18n';
import { mdEscape } from '../../workbench/decorations';
import { lineOf, type PaneLayout } from '../../workbench/layout';
import type { Editor } from '../../workbench/panes';
import type { SegmentStore } from '../../workbench/segment-store';
import type { CommentsStore } from './comments-store';

/** A marker in the English pane's glyph margin on every segment with an open comment. */
export class CommentGlyphs {
  private readonly collection: monaco.editor.IEditorDecorationsCollection;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly editor: Editor,
    private readonly store: SegmentStore,
    private readonly layout: PaneLayout,
    private readonly comments: CommentsStore,
  ) {
    editor.updateOptions({ glyphMargin: true });
    this.collection = editor.createDecorationsCollection();
    this.unsubscribe = comments.onChange(() => this.draw());
    this.draw();
  }

  draw(): void {
    const posOfIndex = new Map(this.store.segments.map((s, pos) => [s.index, pos] as const));
    const decos: monaco.editor.IModelDeltaDecoration[] = [];
    for (const index of this.comments.openIndexes()) {
      const pos = posOfIndex.get(index);
      const line = pos === undefined ? undefined : lineOf(this.layout, pos);
      if (line === undefined) continue;
      const open = this.comments.of(index).filter((c) => !c.resolved);
      decos.push({
        range: new monaco.Range(line, 1, line, 1),
        options: {
          glyphMarginClassName: 'comment-glyph codicon codicon-comment',
          glyphMarginHoverMessage: {
            value: [
              t('editorTools.comments.glyph', { n: open.length, count: open.length }),
              ...open.map((c) => `${c.author}: ${c.text}`),
            ]
              .map(mdEscape)
              .join('\n\n'),
          },
        },
      });
    }
    this.collection.set(decos);
  }

  dispose(): void {
    this.unsubscribe();
    this.collection.clear();
  }
}
