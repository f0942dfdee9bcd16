import { monaco } from '../../editor/monaco';
import { t } from '../../i18n/i18n';
import type { Editor } from './panes';

/** Monaco's command id of the palette (in backticks: the locale-key check reads quoted strings). */
const QUICK_COMMAND = `editor.action.quickCommand`;

export interface ActionHost {
  source: Editor;
  target: Editor;
  confirmActive(): void;
  unconfirmActive(): void;
  undo(ed: Editor): void;
  redo(ed: Editor): void;
  moveSegment(dir: 1 | -1, ed: Editor): void;
  insertTermUnderCursor(ed: Editor): void;
  addTermFromSelection(): void;
  showShortcuts(): void;
  /** F8 / Shift+F8: the next / previous QA finding of the document. */
  nextFinding(dir: 1 | -1): void;
  /** Ctrl+F8: mark the QA finding F8 landed on (the active segment's first) "not an error". */
  ignoreFinding(): void;
}

/**
 * The CAT keyboard flow, as Monaco actions (per editor, so each pane has its own keybindings); being
 * actions, they are also the command palette's entries. Labels are translated, so they are registered
 * again after a UI language switch. Keys are listed for the translator in shortcuts.ts.
 */
export function registerEditorActions(host: ActionHost): monaco.IDisposable[] {
  const { KeyMod, KeyCode } = monaco;
  const out: monaco.IDisposable[] = [];
  const both = (desc: Omit<monaco.editor.IActionDescriptor, 'run'>, run: (ed: Editor) => void): void => {
    for (const ed of [host.source, host.target]) out.push(ed.addAction({ ...desc, run: () => run(ed) }));
  };
  both(
    { id: 'barabar.confirm', label: t('actions.confirm'), keybindings: [KeyMod.CtrlCmd | KeyCode.Enter] },
    () => host.confirmActive(),
  );
  both(
    {
      id: 'barabar.unconfirm',
      label: t('actions.unconfirm'),
      keybindings: [KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.Enter],
    },
    () => host.unconfirmActive(),
  );
  // Monaco's own undo spans the whole pane (every segment): replaced by the per-segment history.
  both({ id: 'barabar.undo', label: t('actions.undo'), keybindings: [KeyMod.CtrlCmd | KeyCode.KeyZ] }, (ed) =>
    host.undo(ed),
  );
  both(
    {
      id: 'barabar.redo',
      label: t('actions.redo'),
      keybindings: [KeyMod.CtrlCmd | KeyCode.KeyY, KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.KeyZ],
    },
    (ed) => host.redo(ed),
  );
  both(
    {
      id: 'barabar.nextSegment',
      label: t('actions.nextSegment'),
      keybindings: [KeyMod.Alt | KeyCode.DownArrow],
    },
    (ed) => host.moveSegment(1, ed),
  );
  both(
    {
      id: 'barabar.prevSegment',
      label: t('actions.prevSegment'),
      keybindings: [KeyMod.Alt | KeyCode.UpArrow],
    },
    (ed) => host.moveSegment(-1, ed),
  );
  both({ id: 'barabar.nextFinding', label: t('actions.nextFinding'), keybindings: [KeyCode.F8] }, () =>
    host.nextFinding(1),
  );
  both(
    { id: 'barabar.prevFinding', label: t('actions.prevFinding'), keybindings: [KeyMod.Shift | KeyCode.F8] },
    () => host.nextFinding(-1),
  );
  both(
    {
      id: 'barabar.ignoreFinding',
      label: t('actions.ignoreFinding'),
      keybindings: [KeyMod.CtrlCmd | KeyCode.F8],
    },
    () => host.ignoreFinding(),
  );
  // Ctrl+Shift+T is the obvious choice but browsers reserve it (reopen closed tab); Y is free everywhere.
  both(
    {
      id: 'barabar.insertTerm',
      label: t('actions.insertTerm'),
      keybindings: [KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.KeyY],
    },
    (ed) => host.insertTermUnderCursor(ed),
  );
  both({ id: 'barabar.shortcuts', label: t('actions.shortcuts'), keybindings: [KeyCode.F1] }, () =>
    host.showShortcuts(),
  );
  // F1 is taken by the keyboard reference; the palette keeps the key it has in VS Code.
  both(
    {
      id: 'barabar.commandPalette',
      label: t('actions.commandPalette'),
      keybindings: [KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.KeyP],
    },
    (ed) => ed.trigger('barabar', QUICK_COMMAND, null),
  );
  out.push(
    host.source.addAction({
      id: 'barabar.addTerm',
      label: t('actions.addTerm'),
      keybindings: [KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.KeyG],
      contextMenuGroupId: 'navigation',
      contextMenuOrder: 0,
      run: () => host.addTermFromSelection(),
    }),
  );
  return out;
}
