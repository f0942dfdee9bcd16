import { monaco } from '../../editor/monaco';
import { t } from '../../i18n/i18n';
import type { Editor } from '../workbench/panes';
import { MAX_MATCHES } from './match-panel';

export interface TmActionHost {
  source: Editor;
  target: Editor;
  /** Ctrl+1 … Ctrl+5: the n-th match's English into the active segment. */
  insertMatch(n: number): void;
  /** Ctrl+K: concordance of the selected Persian (or the word at the caret). */
  concordance(ed: Editor): void;
  pretranslate(): void;
  memories(): void;
}

const DIGITS = [
  monaco.KeyCode.Digit1,
  monaco.KeyCode.Digit2,
  monaco.KeyCode.Digit3,
  monaco.KeyCode.Digit4,
  monaco.KeyCode.Digit5,
];

/**
 * The translation memory's editor commands, in both panes and in the command palette. Ctrl+K replaces
 * Monaco's Ctrl+K chords (comment line, fold…), which mean nothing in a translation.
 */
export function registerTmActions(host: TmActionHost): monaco.IDisposable[] {
  const { KeyMod, KeyCode } = monaco;
  const out: monaco.IDisposable[] = [];
  const both = (desc: Omit<monaco.editor.IActionDescriptor, 'run'>, run: (ed: Editor) => void): void => {
    for (const ed of [host.source, host.target]) out.push(ed.addAction({ ...desc, run: () => run(ed) }));
  };
  for (let n = 1; n <= MAX_MATCHES; n++) {
    const key = DIGITS[n - 1];
    if (key === undefined) continue;
    both(
      {
        id: `barabar.insertMatch${n}`,
        label: t('tm.action.insertMatch', { n }),
        keybindings: [KeyMod.CtrlCmd | key],
      },
      () => host.insertMatch(n),
    );
  }
  both(
    {
      id: 'barabar.concordance',
      label: t('tm.action.concordance'),
      keybindings: [KeyMod.CtrlCmd | KeyCode.KeyK],
    },
    (ed) => host.concordance(ed),
  );
  both({ id: 'barabar.pretranslate', label: t('tm.action.pretranslate') }, () => host.pretranslate());
  both({ id: 'barabar.memories', label: t('tm.action.memories') }, () => host.memories());
  return out;
}

/** The concordance query from a pane: its selection, else the word at the caret. */
export function queryAt(ed: Editor): string {
  const model = ed.getModel();
  const sel = ed.getSelection();
  if (!model || !sel) return '';
  if (!sel.isEmpty()) return model.getValueInRange(sel).replace(/\s+/g, ' ').trim();
  return model.getWordAtPosition(sel.getPosition())?.word ?? '';
}
