import { monaco } from '../../../editor/monaco';
import { t } from '../../../i18n/i18n';
import type { PaneLayout } from '../../workbench/layout';
import type { Editor } from '../../workbench/panes';
import type { SpellService } from './spell-service';

/** Markers of the spell checker carry this source, so the quick-fix provider knows its own. */
export const SPELL_SOURCE = 'spelling';
const OWNER = 'barabar-spell';
/** A pause in typing before the changed lines are checked: checking never sits on the keystroke path. */
const DEBOUNCE_MS = 250;

function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 500 });
    else setTimeout(resolve, 0);
  });
}

/**
 * Squiggles under misspelt words of the English pane, as Monaco markers (hover and Ctrl+. come with
 * them). Changed lines are checked after a pause, in the worker; a result that arrives after the line
 * changed again is dropped, the newer check will follow.
 */
export class SpellMarkers {
  private readonly perLine = new Map<number, monaco.editor.IMarkerData[]>();
  private readonly dirty = new Set<number>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly disposables: (() => void)[] = [];
  private disposed = false;

  constructor(
    private readonly spell: SpellService,
    private readonly editor: Editor,
    private readonly layout: PaneLayout,
  ) {
    // No light bulb chasing the caret (it asks for code actions on every move): the quick fixes are on
    // Ctrl+. and in the marker's hover.
    editor.updateOptions({ lightbulb: { enabled: monaco.editor.ShowLightbulbIconMode.Off } });
    const model = editor.getModel();
    if (model) {
      const sub = model.onDidChangeContent((e) => {
        for (const c of e.changes)
          for (let l = c.range.startLineNumber; l <= c.range.endLineNumber; l++) this.dirty.add(l);
        this.schedule();
      });
      this.disposables.push(() => sub.dispose());
    }
    this.disposables.push(spell.onChange(() => this.checkAll()));
    this.checkAll();
  }

  /** Every segment line of the window (on open, after the dictionary loaded or a word was added). */
  checkAll(): void {
    for (let line = 1; line <= this.layout.lineCount; line++)
      if ((this.layout.segmentOfLine[line] ?? -1) >= 0) this.dirty.add(line);
    this.schedule(0);
  }

  private schedule(delay = DEBOUNCE_MS): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), delay);
  }

  private async run(): Promise<void> {
    this.timer = null;
    const model = this.editor.getModel();
    if (!model || this.disposed) return;
    const lines = [...this.dirty].filter((l) => l >= 1 && l <= model.getLineCount());
    this.dirty.clear();
    const texts = lines.map((l) => model.getLineContent(l));
    const results = await this.spell.check(texts);
    // Markers are drawn when the main thread is idle, never between a keystroke and its redraw.
    await idle();
    if (this.disposed || model.isDisposed()) return;
    lines.forEach((line, i) => {
      if (model.getLineContent(line) !== texts[i]) return;
      this.perLine.set(
        line,
        (results[i] ?? []).map((r) => ({
          severity: monaco.MarkerSeverity.Warning,
          message: t('editorTools.spell.misspelt', { word: r.word }),
          source: SPELL_SOURCE,
          code: r.word,
          startLineNumber: line,
          startColumn: r.start + 1,
          endLineNumber: line,
          endColumn: r.end + 1,
        })),
      );
    });
    monaco.editor.setModelMarkers(model, OWNER, [...this.perLine.values()].flat());
  }

  /** Misspelt words currently marked (e2e tests and the bench read them through the DOM instead). */
  count(): number {
    let n = 0;
    for (const m of this.perLine.values()) n += m.length;
    return n;
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d();
    const model = this.editor.getModel();
    if (model && !model.isDisposed()) monaco.editor.setModelMarkers(model, OWNER, []);
  }
}
