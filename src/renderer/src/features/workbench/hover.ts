import { monaco } from '../../editor/monaco';
import { targetHover, termHover } from './decorations';
import type { PaneLayout } from './layout';
import type { SegmentStore } from './segment-store';

export interface HoverSource {
  hover(position: monaco.Position): { range: monaco.IRange; contents: monaco.IMarkdownString[] } | null;
}

const sources = new WeakMap<monaco.editor.ITextModel, HoverSource>();
let provider: monaco.IDisposable | null = null;

/**
 * Hovers are computed when the mouse rests on a term, not stored on thousands of decorations when a
 * document opens: building every hover text up front cost most of the open time of a long document.
 */
export function registerHoverSource(
  model: monaco.editor.ITextModel,
  source: HoverSource,
): monaco.IDisposable {
  provider ??= monaco.languages.registerHoverProvider('plaintext', {
    provideHover(m, position) {
      const hover = sources.get(m)?.hover(position);
      return hover ? { range: hover.range, contents: hover.contents } : null;
    },
  });
  sources.set(model, source);
  return { dispose: () => sources.delete(model) };
}

type Hover = { range: monaco.IRange; contents: monaco.IMarkdownString[] } | null;

/** Hover of a Persian term: its English renderings with status, subject, note, and whether it is missing. */
export function sourceHoverAt(store: SegmentStore, layout: PaneLayout, p: monaco.Position): Hover {
  const pos = layout.segmentOfLine[p.lineNumber] ?? -1;
  const offset = p.column - 1;
  const hit = (store.hits[pos] ?? []).find((h) => h.start <= offset && offset < h.end);
  if (!hit) return null;
  const missing = store.states[pos]?.missingEntries.has(hit.entry) ?? false;
  return {
    range: new monaco.Range(p.lineNumber, hit.start + 1, p.lineNumber, hit.end + 1),
    contents: [termHover(hit, store.entryMap().get(hit.entry), missing)],
  };
}

/** Hover of an English line: the terms it is missing and the forbidden rendering under the mouse. */
export function targetHoverAt(
  store: SegmentStore,
  layout: PaneLayout,
  model: monaco.editor.ITextModel,
  p: monaco.Position,
): Hover {
  const pos = layout.segmentOfLine[p.lineNumber] ?? -1;
  const state = store.states[pos];
  if (!state) return null;
  const contents = targetHover(state, p.column - 1);
  if (contents.length === 0) return null;
  return {
    range: new monaco.Range(p.lineNumber, 1, p.lineNumber, model.getLineMaxColumn(p.lineNumber)),
    contents,
  };
}
