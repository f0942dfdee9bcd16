/**
 * Every key the editor answers to, for the keyboard reference (F1 / ?) and the side panel. The keys
 * themselves are bound in editor-actions.ts (ours) and by Monaco (find and replace).
 */
export interface Shortcut {
  keys: string;
  /** Locale key of the description. */
  label: string;
  /** Shown in the side panel's short list too. */
  essential?: boolean;
}

export interface ShortcutGroup {
  title: string;
  items: readonly Shortcut[];
}

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    title: 'shortcuts.groupSegments',
    items: [
      { keys: 'Ctrl+Enter', label: 'shortcuts.confirm', essential: true },
      { keys: 'Ctrl+Shift+Enter', label: 'shortcuts.unconfirm' },
      { keys: 'Enter', label: 'shortcuts.next', essential: true },
      { keys: 'Alt+↓ / Alt+↑', label: 'shortcuts.move', essential: true },
      { keys: 'F8 / Shift+F8', label: 'shortcuts.nextFinding' },
      { keys: 'Ctrl+F8', label: 'shortcuts.ignoreFinding' },
    ],
  },
  {
    title: 'shortcuts.groupEditing',
    items: [
      { keys: 'Ctrl+Z', label: 'shortcuts.undo', essential: true },
      { keys: 'Ctrl+Y / Ctrl+Shift+Z', label: 'shortcuts.redo' },
      { keys: 'Ctrl+Shift+Y', label: 'shortcuts.insertTerm', essential: true },
      { keys: 'Ctrl+Shift+G', label: 'shortcuts.addTerm', essential: true },
    ],
  },
  {
    title: 'shortcuts.groupTm',
    items: [
      { keys: 'Ctrl+1 … Ctrl+5', label: 'shortcuts.insertMatch', essential: true },
      { keys: 'Ctrl+K', label: 'shortcuts.concordance' },
    ],
  },
  {
    title: 'shortcuts.groupFind',
    items: [
      { keys: 'Ctrl+F', label: 'shortcuts.find' },
      { keys: 'Ctrl+H', label: 'shortcuts.replace' },
      { keys: 'F3 / Shift+F3', label: 'shortcuts.findNext' },
      { keys: 'Escape', label: 'shortcuts.closeFind' },
    ],
  },
  {
    title: 'shortcuts.groupHelp',
    items: [
      { keys: 'Ctrl+Shift+P', label: 'shortcuts.palette' },
      { keys: 'F1 / ?', label: 'shortcuts.reference', essential: true },
    ],
  },
];

/** On a Mac the platform's Command key takes Ctrl's place (Monaco's CtrlCmd does the same). */
export function platformKeys(keys: string, mac: boolean): string {
  return mac
    ? keys
        .replace(/Ctrl\+/g, '⌘')
        .replace(/Alt\+/g, '⌥')
        .replace(/Shift\+/g, '⇧')
    : keys;
}
