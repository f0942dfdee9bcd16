import { h } from '../../ui/dom';
import { platformKeys, SHORTCUT_GROUPS } from './shortcuts';

const isMac = (): boolean => /Mac|iPhone|iPad/.test(navigator.platform);

function keyList(onlyEssential: boolean): HTMLElement {
  const list = h('dl', { class: 'shortcut-list' });
  for (const group of SHORTCUT_GROUPS) {
    for (const s of group.items) {
      if (onlyEssential && !s.essential) continue;
      list.append(
        h('dt', {}, h('kbd', { text: platformKeys(s.keys, isMac()), attrs: { dir: 'ltr' } })),
        h('dd', { i18n: s.label }),
      );
    }
  }
  return list;
}

/** The side panel's short list of the keys used all day, with a button to the full reference. */
export function shortcutSummary(openReference: () => void): HTMLElement {
  return h(
    'section',
    { class: 'side-section shortcuts' },
    h('header', { class: 'side-header' }, h('h3', { i18n: 'shortcuts.title' })),
    keyList(true),
    h('button', {
      class: 'btn btn-small btn-ghost',
      i18n: 'shortcuts.showAll',
      attrs: { type: 'button', 'data-testid': 'show-shortcuts' },
      on: { click: openReference },
    }),
  );
}

/** The full keyboard reference as a modal dialog (Escape or the button closes it). */
export function openKeyboardReference(): void {
  if (document.querySelector('dialog.shortcut-dialog')) return;
  const close = h('button', { class: 'btn', i18n: 'shortcuts.close', attrs: { type: 'button' } });
  const body = h('div', { class: 'shortcut-groups' });
  for (const group of SHORTCUT_GROUPS) {
    const rows = h('dl', { class: 'shortcut-list' });
    for (const s of group.items)
      rows.append(
        h('dt', {}, h('kbd', { text: platformKeys(s.keys, isMac()), attrs: { dir: 'ltr' } })),
        h('dd', { i18n: s.label }),
      );
    body.append(h('section', { class: 'shortcut-group' }, h('h3', { i18n: group.title }), rows));
  }
  const dialog = h(
    'dialog',
    { class: 'dialog shortcut-dialog', attrs: { 'data-testid': 'keyboard-reference' } },
    h('h2', { class: 'dialog-title', i18n: 'shortcuts.referenceTitle' }),
    body,
    h('p', { class: 'muted shortcut-note', i18n: 'shortcuts.paletteNote' }),
    h('div', { class: 'dialog-actions' }, close),
  );
  const done = (): void => {
    dialog.close();
    dialog.remove();
  };
  close.addEventListener('click', done);
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  close.focus();
}

function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target.closest('input, textarea, select, .monaco-editor, [contenteditable]') !== null
  );
}

/**
 * F1 anywhere (the editor panes bind it themselves) and `?` outside text fields, where it is a
 * character the translator may be typing, open the reference.
 */
export function installKeyboardReferenceKeys(open: () => void = openKeyboardReference): () => void {
  const onKey = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'F1' || (e.key === '?' && !inTextField(e.target))) {
      e.preventDefault();
      open();
    }
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
