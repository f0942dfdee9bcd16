import { monaco } from '../../editor/monaco';
import { PERSIAN_FONT, ENGLISH_FONT } from '../../editor/fonts';

export type PaneKind = 'source' | 'target';
export type Editor = monaco.editor.IStandaloneCodeEditor;

const LINE_HEIGHT = 30;

/**
 * Options shared by both panes. Everything that could change the number of lines behind the
 * translator's back (drag-and-drop, drop-into, cut of a whole line on an empty selection) is off.
 */
function baseOptions(
  lineNumbers: (line: number) => string,
): monaco.editor.IStandaloneEditorConstructionOptions {
  return {
    language: 'plaintext',
    automaticLayout: true,
    wordWrap: 'on',
    wrappingStrategy: 'advanced',
    wrappingIndent: 'none',
    disableMonospaceOptimizations: true,
    lineHeight: LINE_HEIGHT,
    lineNumbers,
    lineNumbersMinChars: 3,
    lineDecorationsWidth: 12,
    glyphMargin: false,
    folding: false,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    renderLineHighlight: 'none',
    renderWhitespace: 'none',
    renderControlCharacters: false,
    occurrencesHighlight: 'off',
    selectionHighlight: false,
    matchBrackets: 'never',
    links: false,
    quickSuggestions: false,
    wordBasedSuggestions: 'off',
    emptySelectionClipboard: false,
    dragAndDrop: false,
    dropIntoEditor: { enabled: false },
    contextmenu: true,
    stickyScroll: { enabled: false },
    guides: { indentation: false, highlightActiveIndentation: false },
    overviewRulerLanes: 2,
    overviewRulerBorder: false,
    hideCursorInOverviewRuler: true,
    scrollbar: { verticalScrollbarSize: 10, horizontalScrollbarSize: 10, alwaysConsumeMouseWheel: true },
    padding: { top: 8, bottom: 8 },
    fixedOverflowWidgets: true,
    hover: { enabled: 'on', delay: 250, sticky: true },
    unusualLineTerminators: 'off',
    tabFocusMode: false,
  };
}

export function createPane(
  container: HTMLElement,
  kind: PaneKind,
  opts: { value: string; ariaLabel: string; lineNumbers: (line: number) => string },
): Editor {
  const model = monaco.editor.createModel(opts.value, 'plaintext');
  // One line per segment; "\n" everywhere regardless of platform so offsets match the server's text.
  model.setEOL(monaco.editor.EndOfLineSequence.LF);
  const common = baseOptions(opts.lineNumbers);
  const specific: monaco.editor.IStandaloneEditorConstructionOptions =
    kind === 'source'
      ? {
          fontFamily: PERSIAN_FONT,
          fontSize: 17,
          readOnly: true,
          readOnlyMessage: { value: '' },
          // Persian text is full of ZWNJ and non-ASCII letters: nothing here is suspicious.
          unicodeHighlight: {
            invisibleCharacters: false,
            ambiguousCharacters: false,
            nonBasicASCII: false,
            includeComments: false,
            includeStrings: false,
          },
        }
      : {
          fontFamily: ENGLISH_FONT,
          fontSize: 15,
          unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: true, nonBasicASCII: false },
        };
  return monaco.editor.create(container, { ...common, ...specific, model, ariaLabel: opts.ariaLabel });
}
