import { monaco } from '../../editor/monaco';

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
