/**
 * The possible-misspelling check, live in the editor: a Persian word one or two edits from a glossary name
 * («خرنینگ» for «خرنین») is marked in the source pane, its hover names the name and its English, and the
 * English is offered for insertion (side panel button, the source pane's context menu and palette).
 *
 * Off the typing path: the window is checked in an idle callback after it opens, after a glossary change
 * and a moment after the source text changes (an unlocked source pane); never per English keystroke. The
 * rules are core's (core/qa/misspelling.ts), the same the QA report runs.
 */
import {
  buildNameIndex,
  findMisspellings,
  type Misspelling,
  type NameIndex,
} from '../../../../core/qa/misspelling';
import { monaco } from '../../editor/monaco';
import { isolate, t } from '../../i18n/i18n';
import { mdEscape } from '../workbench/decorations';
import type { PaneLayout } from '../workbench/layout';
import type { Editor } from '../workbench/panes';
import type { SegmentStore } from '../workbench/segment-store';

type Deco = monaco.editor.IModelDeltaDecoration;
type Hover = { range: monaco.IRange; contents: monaco.IMarkdownString[] };

const SOURCE_SETTLE_MS = 400;

/** One index per glossary version: building it walks every entry. */
const indexes = new WeakMap<ReadonlyMap<number, unknown>, NameIndex>();

function nameIndex(store: SegmentStore): NameIndex {
  const entries = store.entryMap();
  let index = indexes.get(entries);
  if (!index) {
    index = buildNameIndex([...store.entryMap().values()]);
    indexes.set(entries, index);
  }
  return index;
}

/** The check on one segment: words inside a hit of an approved Persian term are that term's, not misspelt. */
export function segmentMisspellings(store: SegmentStore, pos: number): Misspelling[] {
  const seg = store.segments[pos];
  if (!seg) return [];
  const index = nameIndex(store);
  const covered = (store.hits[pos] ?? []).filter((h) => !index.unapproved.has(h.term));
  return findMisspellings(index, seg.source, covered);
}

export function misspellingText(m: Misspelling): string {
  return t('qa.possibleMisspelling', {
    word: isolate(m.word),
    term: isolate(m.name.term),
    english: isolate(m.name.english),
  });
}

/** A misspelt word can also be a glossary hit (a deprecated spelling): one hover shows both, ours first. */
export function mergeHovers(ours: Hover | null, other: Hover | null): Hover | null {
  if (!ours || !other) return ours ?? other;
  return { range: ours.range, contents: [...ours.contents, ...other.contents] };
}

export class LiveMisspellings {
  private readonly found = new Map<number, Misspelling[]>();
  private readonly marks: monaco.editor.IEditorDecorationsCollection;
  private readonly disposables: monaco.IDisposable[] = [];
  /** The pending idle check, and how to cancel it (an idle callback or a timer, never both). */
  private idle: { cancel(): void } | null = null;
  private settle: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly source: Editor,
    private readonly store: SegmentStore,
    private readonly layout: PaneLayout,
    private readonly hooks: {
      insert(english: string): void;
      onUpdated(): void;
      /** The translator marked this word of the segment at `pos` "not an error" (its QA finding). */
      dismissed(pos: number, word: string): boolean;
    },
  ) {
    this.marks = source.createDecorationsCollection();
    this.disposables.push(
      source.onDidChangeModelContent(() => {
        if (this.settle !== null) clearTimeout(this.settle);
        this.settle = setTimeout(() => this.schedule(), SOURCE_SETTLE_MS);
      }),
      source.addAction({
        id: 'barabar.insertNameSuggestion',
        label: t('misspelling.insertAction'),
        contextMenuGroupId: 'navigation',
        contextMenuOrder: 1,
        run: () => this.insertAtCaret(),
      }),
    );
    this.schedule();
  }

  /** The misspellings of a segment of the window (empty until the idle check ran). */
  at(pos: number): readonly Misspelling[] {
    return this.found.get(pos) ?? [];
  }

  /** Check the window again when the browser is idle (glossary changed, source edited). */
  schedule(): void {
    if (this.idle !== null) return;
    const run = (): void => {
      this.idle = null;
      this.check();
    };
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(run, { timeout: 1000 });
      this.idle = { cancel: () => cancelIdleCallback(id) };
    } else {
      const id = window.setTimeout(run, 50);
      this.idle = { cancel: () => clearTimeout(id) };
    }
  }

  hoverAt(p: monaco.Position): Hover | null {
    const pos = this.layout.segmentOfLine[p.lineNumber] ?? -1;
    const offset = p.column - 1;
    const m = this.at(pos).find((x) => x.start <= offset && offset < x.end);
    if (!m) return null;
    return {
      range: new monaco.Range(p.lineNumber, m.start + 1, p.lineNumber, m.end + 1),
      contents: [
        { value: `$(warning) ${mdEscape(misspellingText(m))}`, supportThemeIcons: true },
        { value: mdEscape(t('misspelling.hoverHint', { english: isolate(m.name.english) })) },
      ],
    };
  }

  dispose(): void {
    this.idle?.cancel();
    this.idle = null;
    if (this.settle !== null) clearTimeout(this.settle);
    for (const d of this.disposables) d.dispose();
    this.marks.clear();
  }

  private check(): void {
    const decos: Deco[] = [];
    this.found.clear();
    for (let i = 0; i < this.layout.count; i++) {
      const pos = this.layout.first + i;
      const line = this.layout.lineOfSegment[i] ?? 0;
      const list = segmentMisspellings(this.store, pos).filter((m) => !this.hooks.dismissed(pos, m.word));
      if (list.length === 0) continue;
      this.found.set(pos, list);
      for (const m of list)
        decos.push({
          range: new monaco.Range(line, m.start + 1, line, m.end + 1),
          options: {
            inlineClassName: 'misspelt-name',
            stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
            overviewRuler: { color: '#d97706', position: monaco.editor.OverviewRulerLane.Right },
          },
        });
    }
    this.marks.set(decos);
    this.hooks.onUpdated();
  }

  /** The misspelt name under the Persian caret (else the active segment's first): its English goes in. */
  private insertAtCaret(): void {
    const caret = this.source.getPosition();
    if (!caret) return;
    const list = this.at(this.layout.segmentOfLine[caret.lineNumber] ?? -1);
    const offset = caret.column - 1;
    const m = list.find((x) => x.start <= offset && offset <= x.end) ?? list[0];
    if (m) this.hooks.insert(m.name.english);
  }
}
