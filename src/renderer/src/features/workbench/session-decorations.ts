import { monaco } from '../../editor/monaco';
import { LineDecorations, sourceLineDecorations, targetLineDecorations } from './decorations';
import type { PaneLayout } from './layout';
import type { PanePair } from './pane-pair';
import type { SegmentStore } from './segment-store';

type Deco = monaco.editor.IModelDeltaDecoration;

/**
 * Everything the panes draw from the store: term marks in the Persian pane, status stripes and term
 * checks in the English pane (per line, so a keystroke redraws one line), and the active-segment band.
 */
export class SessionDecorations {
  private readonly src: LineDecorations;
  private readonly tgt: LineDecorations;
  private readonly active: [
    monaco.editor.IEditorDecorationsCollection,
    monaco.editor.IEditorDecorationsCollection,
  ];

  constructor(
    panes: PanePair,
    private readonly store: SegmentStore,
    private readonly layout: PaneLayout,
  ) {
    this.src = new LineDecorations(panes.source.getModel()!);
    this.tgt = new LineDecorations(panes.target.getModel()!);
    this.active = [panes.source.createDecorationsCollection(), panes.target.createDecorationsCollection()];
  }

  all(): void {
    const { layout } = this;
    const src: Deco[][] = [];
    const tgt: Deco[][] = [];
    for (let line = 1; line <= layout.lineCount; line++) {
      const pos = layout.segmentOfLine[line] ?? -1;
      src.push(pos < 0 ? [] : this.sourceDecos(line, pos));
      tgt.push(pos < 0 ? [] : this.targetDecos(line, pos));
    }
    this.src.setAll(src);
    this.tgt.setAll(tgt);
  }

  line(line: number): void {
    const pos = this.layout.segmentOfLine[line] ?? -1;
    if (pos < 0) return;
    this.src.setLine(line, this.sourceDecos(line, pos));
    this.tgt.setLine(line, this.targetDecos(line, pos));
  }

  /** The band that marks the active segment in both panes. */
  highlight(line: number): void {
    const deco: Deco[] = [
      {
        range: new monaco.Range(line, 1, line, 1),
        options: { isWholeLine: true, className: 'seg-active', linesDecorationsClassName: 'seg-active-mark' },
      },
    ];
    this.active[0].set(deco);
    this.active[1].set(deco);
  }

  private sourceDecos(line: number, pos: number): Deco[] {
    return sourceLineDecorations(line, this.store.hits[pos] ?? [], this.store.states[pos]!);
  }

  private targetDecos(line: number, pos: number): Deco[] {
    const { store } = this;
    return targetLineDecorations(line, store.segments[pos]?.status ?? 'new', store.states[pos]!);
  }
}
