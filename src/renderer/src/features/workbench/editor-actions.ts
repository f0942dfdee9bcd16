import { monaco } from '../../editor/monaco';
import { t } from '../../i18n/i18n';

type Editor = monaco.editor.IStandaloneCodeEditor;

export interface ActionHost {
  source: Editor;
  target: Editor;
  confirmActive(): Promise<void>;
  moveSegment(dir: 1 | -1, ed: Editor): void;
  insertTermUnderCursor(ed: Editor): void;
  addTermFromSelection(): void;
}

/**
 * The CAT keyboard flow, as Monaco actions (per editor, so each pane has its own keybindings).
 * Labels are translated, so they are registered again after a UI language switch.
 */
export function registerEditorActions(host: ActionHost): monaco.IDisposable[] {
  const { KeyMod, KeyCode } = monaco;
  const out: monaco.IDisposable[] = [];
  const both = (desc: Omit<monaco.editor.IActionDescriptor, 'run'>, run: (ed: Editor) => void): void => {
    for (const ed of [host.source, host.target]) out.push(ed.addAction({ ...desc, run: () => run(ed) }));
  };
  both(
    { id: 'barabar.confirm', label: t('actions.confirm'), keybindings: [KeyMod.CtrlCmd | KeyCode.Enter] },
    () => {
      void host.confirmActive();
    },
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
  // Ctrl+Shift+T is the obvious choice but browsers reserve it (reopen closed tab); Y is free everywhere.
  both(
    {
      id: 'barabar.insertTerm',
      label: t('actions.insertTerm'),
      keybindings: [KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.KeyY],
    },
    (ed) => host.insertTermUnderCursor(ed),
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
