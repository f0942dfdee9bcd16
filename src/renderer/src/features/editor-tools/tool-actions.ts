import { monaco } from '../../editor/monaco';
import { t } from '../../i18n/i18n';
import type { Editor } from '../workbench/panes';

export interface ToolActionHost {
  findAcross(ed: Editor): void;
  toggleReviewer(): void;
  addComment(): void;
  focusFilter(): void;
  userDictionary(): void;
}

/**
 * The editor tools' commands, as Monaco actions on both panes: their keys work in the panes and they
 * are listed in the command palette. Registered again after a language switch (labels are translated).
 */
export function registerToolActions(editors: readonly Editor[], host: ToolActionHost): monaco.IDisposable[] {
  const { KeyMod, KeyCode } = monaco;
  const out: monaco.IDisposable[] = [];
  const add = (id: string, label: string, keybindings: number[], run: (ed: Editor) => void): void => {
    for (const ed of editors)
      out.push(ed.addAction({ id, label: t(label), keybindings, run: () => run(ed) }));
  };
  add(
    'barabar.findAcross',
    'editorTools.actions.findAcross',
    [KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.KeyF],
    (ed) => host.findAcross(ed),
  );
  // Ctrl+Alt+M is Word's "new comment": reviewers already have it in their fingers.
  add(
    'barabar.addComment',
    'editorTools.actions.addComment',
    [KeyMod.CtrlCmd | KeyMod.Alt | KeyCode.KeyM],
    () => host.addComment(),
  );
  add(
    'barabar.toggleReviewer',
    'editorTools.actions.toggleReviewer',
    [KeyMod.CtrlCmd | KeyMod.Alt | KeyCode.KeyR],
    () => host.toggleReviewer(),
  );
  add(
    'barabar.focusFilter',
    'editorTools.actions.focusFilter',
    [KeyMod.CtrlCmd | KeyMod.Alt | KeyCode.KeyL],
    () => host.focusFilter(),
  );
  // No key of its own: reached from the palette and from the spelling select.
  add('barabar.userDictionary', 'editorTools.actions.userDictionary', [], () => host.userDictionary());
  return out;
}
