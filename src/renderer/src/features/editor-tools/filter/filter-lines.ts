import { monaco } from '../../../editor/monaco';
import type { PaneLayout } from '../../workbench/layout';
import type { PanePair } from '../../workbench/pane-pair';
import type { FilterResult } from './filter-bar';

/**
 * Segments outside the filter are dimmed in both panes, never hidden: hiding lines would break the
 * line-for-line alignment of the two panes, and the translator still sees the context.
 */
export class FilterLines {
  private readonly collections: [monaco.editor.IEditorDecorationsCollection, monaco.editor.ITextModel][];

  constructor(
    panes: PanePair,
    private readonly layout: PaneLayout,
  ) {
    this.collections = [panes.source, panes.target].map((ed) => [
      ed.createDecorationsCollection(),
      ed.getModel()!,
    ]);
  }

  show(kept: FilterResult): void {
    const keep = kept ? new Set(kept) : null;
    for (const [collection, model] of this.collections) {
      const decos: monaco.editor.IModelDeltaDecoration[] = [];
      for (let line = 1; keep && line <= this.layout.lineCount; line++) {
        const pos = this.layout.segmentOfLine[line] ?? -1;
        if (pos < 0 || keep.has(pos)) continue;
        decos.push({
          range: new monaco.Range(line, 1, line, model.getLineMaxColumn(line)),
          options: {
            isWholeLine: true,
            className: 'seg-filtered-out-line',
            inlineClassName: 'seg-filtered-out',
            stickiness: monaco.editor.TrackedRangeStickiness.AlwaysGrowsWhenTypingAtEdges,
          },
        });
      }
      collection.set(decos);
    }
  }

  dispose(): void {
    for (const [c] of this.collections) c.clear();
  }
}
