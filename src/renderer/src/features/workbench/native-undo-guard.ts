import type { monaco } from '../../editor/monaco';
import type { Editor } from './panes';

/**
 * Ctrl+Z / Ctrl+Y reach the per-segment history through editor actions; an undo that arrives as an
 * input event instead (Electron's Edit menu, a platform gesture) would run Monaco's whole-pane undo
 * and cross segments. Such events are sent to the same history.
 */
export function guardNativeUndo(ed: Editor, run: (op: 'undo' | 'redo') => void): monaco.IDisposable {
  const node = ed.getDomNode();
  const onInput = (e: InputEvent): void => {
    if (e.inputType !== 'historyUndo' && e.inputType !== 'historyRedo') return;
    e.preventDefault();
    e.stopPropagation();
    run(e.inputType === 'historyUndo' ? 'undo' : 'redo');
  };
  // Capture phase: before Monaco's own input handling inside the pane.
  node?.addEventListener('beforeinput', onInput, true);
  return { dispose: () => node?.removeEventListener('beforeinput', onInput, true) };
}
