import type { SegmentStatus } from '../../../../../shared/model';
import { monaco } from '../../../editor/monaco';
import type { PaneLayout } from '../../workbench/layout';
import type { Editor } from '../../workbench/panes';
import type { SegmentStore } from '../../workbench/segment-store';

/**
 * The status stripe beside each Persian line, in the colours of the English pane's stripes, so a
 * reviewer reading the source sees which segments are draft, translated, reviewed or final. Redrawn
 * only when a status changed (checked on every edit, a comparison per segment of the window).
 */
export class SourceStatusLines {
  private readonly collection: monaco.editor.IEditorDecorationsCollection;
  private shown: SegmentStatus[] = [];

  constructor(
    editor: Editor,
    private readonly store: SegmentStore,
    private readonly layout: PaneLayout,
  ) {
    this.collection = editor.createDecorationsCollection();
    this.update();
  }

  update(): void {
    const { layout, store } = this;
    const statuses: SegmentStatus[] = [];
    for (let i = 0; i < layout.count; i++) statuses.push(store.segments[layout.first + i]?.status ?? 'new');
    if (statuses.length === this.shown.length && statuses.every((s, i) => s === this.shown[i])) return;
    this.shown = statuses;
    this.collection.set(
      statuses.map((status, i) => {
        const line = layout.lineOfSegment[i] ?? 1;
        return {
          range: new monaco.Range(line, 1, line, 1),
          options: { isWholeLine: true, linesDecorationsClassName: `seg-mark seg-${status}` },
        };
      }),
    );
  }

  dispose(): void {
    this.collection.clear();
  }
}
