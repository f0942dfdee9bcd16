import { errorMessage } from '../i18n/errors';
import { h } from './dom';

let host: HTMLElement | null = null;

function ensureHost(): HTMLElement {
  if (!host) {
    host = h('div', { class: 'toasts', attrs: { role: 'status', 'aria-live': 'polite' } });
    document.body.append(host);
  }
  return host;
}

/** A short message in the corner; errors stay until dismissed, the rest fade after a few seconds. */
export function toast(message: string, kind: 'info' | 'error' = 'info'): void {
  const el = h('div', {
    class: `toast toast-${kind}`,
    // The UI's own direction, not "auto": a message that starts with a quoted Persian term is still an
    // English sentence in the English UI.
    text: message,
    on: { click: () => el.remove() },
  });
  ensureHost().append(el);
  if (kind !== 'error') setTimeout(() => el.remove(), 4000);
  else setTimeout(() => el.remove(), 15000);
}

/**
 * A message with one action (Undo): it stays longer than a plain message, since the user has to reach
 * the button, and goes away once the action ran.
 */
export function toastAction(message: string, action?: { labelKey: string; run: () => void }): void {
  const el = h('div', { class: 'toast toast-info toast-action', attrs: { 'data-testid': 'toast-action' } });
  el.append(h('span', { text: message }));
  if (action)
    el.append(
      h('button', {
        class: 'btn btn-small',
        i18n: action.labelKey,
        attrs: { type: 'button' },
        on: {
          click: () => {
            el.remove();
            action.run();
          },
        },
      }),
    );
  ensureHost().append(el);
  setTimeout(() => el.remove(), action ? 12000 : 4000);
}

export function toastError(err: unknown): void {
  toast(errorMessage(err), 'error');
}
