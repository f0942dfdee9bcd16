import type { monaco } from '../../editor/monaco';

type Editor = monaco.editor.IStandaloneCodeEditor;

/**
 * Keeps the two panes aligned line for line. A segment wraps to a different number of visual lines in
 * Persian and in English, so after each line the shorter side gets an empty view zone that pads it to
 * the taller one. With equal line heights everywhere, one scrollTop fits both panes.
 */
export class PaneAligner {
  private readonly zones: [
    Map<number, { id: string; height: number }>,
    Map<number, { id: string; height: number }>,
  ] = [new Map(), new Map()];
  private readonly editors: [Editor, Editor];
  private syncing = false;
  private readonly disposables: monaco.IDisposable[] = [];
  private dirty = new Set<number>();
  private all = false;
  private frame = 0;

  /** Called after a full re-measure (fonts loaded, width changed): line positions may have moved. */
  onRealigned: (() => void) | null = null;

  constructor(a: Editor, b: Editor) {
    this.editors = [a, b];
    for (const [i, ed] of this.editors.entries()) {
      const other = this.editors[1 - i]!;
      this.disposables.push(
        ed.onDidScrollChange((e) => {
          if (this.syncing || !e.scrollTopChanged) return;
          this.syncing = true;
          other.setScrollTop(e.scrollTop);
          this.syncing = false;
        }),
        // Width changes rewrap every line.
        ed.onDidLayoutChange(() => this.scheduleAll()),
      );
    }
  }

  /** Re-measure one line on the next frame (after an edit). */
  scheduleLine(line: number): void {
    this.dirty.add(line);
    this.schedule();
  }

  scheduleAll(): void {
    this.all = true;
    this.schedule();
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.flush();
    });
  }

  /** Apply pending re-measurements now (also used right after opening so the first paint is aligned). */
  flush(): void {
    const lineCount = this.editors[0].getModel()?.getLineCount() ?? 0;
    const all = this.all;
    const lines = all ? Array.from({ length: lineCount }, (_, i) => i + 1) : [...this.dirty];
    this.all = false;
    this.dirty = new Set();
    if (lines.length > 0) this.alignLines(lines, lineCount);
    if (all) this.onRealigned?.();
  }

  private alignLines(lines: number[], lineCount: number): void {
    const want: [Map<number, number>, Map<number, number>] = [new Map(), new Map()];
    for (const line of lines) {
      if (line < 1 || line > lineCount) continue;
      const ha = lineHeight(this.editors[0], line);
      const hb = lineHeight(this.editors[1], line);
      want[0].set(line, Math.max(0, hb - ha));
      want[1].set(line, Math.max(0, ha - hb));
    }
    const top = this.editors[0].getScrollTop();
    for (const side of [0, 1] as const) this.applyZones(side, want[side]);
    this.syncing = true;
    this.editors[1].setScrollTop(this.editors[0].getScrollTop() || top);
    this.syncing = false;
  }

  private applyZones(side: 0 | 1, want: Map<number, number>): void {
    const zones = this.zones[side];
    let needed = false;
    for (const [line, height] of want) if ((zones.get(line)?.height ?? 0) !== height) needed = true;
    if (!needed) return;
    this.editors[side].changeViewZones((acc) => {
      for (const [line, height] of want) {
        const cur = zones.get(line);
        if ((cur?.height ?? 0) === height) continue;
        if (cur) acc.removeZone(cur.id);
        if (height > 0) {
          const domNode = document.createElement('div');
          domNode.className = 'align-pad';
          const id = acc.addZone({
            afterLineNumber: line,
            heightInPx: height,
            domNode,
            suppressMouseDown: false,
          });
          zones.set(line, { id, height });
        } else {
          zones.delete(line);
        }
      }
    });
  }

  dispose(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    for (const d of this.disposables) d.dispose();
  }
}

/** Height of a model line's text (all its wrapped rows), without the view zones around it. */
function lineHeight(ed: Editor, line: number): number {
  return ed.getBottomForLineNumber(line) - ed.getTopForLineNumber(line);
}
