import { errorMessage } from '../i18n/errors';
import { h } from './dom';

/**
 * A modal built on <dialog>: focus trapping, Escape and the backdrop come from the platform.
 * Resolves with the submit result, or null when cancelled.
 */
export function openDialog<T>(opts: {
  titleKey: string;
  body: HTMLElement;
  submitKey: string;
  className?: string;
  /**
   * False for a dialog whose changes apply at once (a list with Remove buttons): it only needs its submit
   * button ("Done"); a Cancel beside it would suggest the changes could be undone. Escape still closes it.
   */
  cancelButton?: boolean;
  onSubmit: () => Promise<T | null>;
}): Promise<T | null> {
  return new Promise((resolve) => {
    const error = h('p', { class: 'dialog-error', attrs: { role: 'alert' } });
    const submit = h('button', { class: 'btn btn-primary', i18n: opts.submitKey, attrs: { type: 'submit' } });
    const cancel = h('button', {
      class: 'btn',
      i18n: 'common.cancel',
      attrs: { type: 'button', value: 'cancel' },
    });
    const form = h(
      'form',
      { class: 'dialog-form', attrs: { method: 'dialog' } },
      h('h2', { class: 'dialog-title', i18n: opts.titleKey }),
      opts.body,
      error,
      h('div', { class: 'dialog-actions' }, ...(opts.cancelButton === false ? [] : [cancel]), submit),
    );
    const dialog = h('dialog', { class: `dialog ${opts.className ?? ''}` }, form);
    let settled = false;
    const finish = (value: T | null): void => {
      if (settled) return;
      settled = true;
      dialog.close();
      dialog.remove();
      resolve(value);
    };
    cancel.addEventListener('click', () => finish(null));
    // An error answers the choices it was given; once the user changes a format or an option it is stale.
    const clearError = (): void => {
      error.textContent = '';
    };
    form.addEventListener('change', clearError);
    form.addEventListener('input', clearError);
    dialog.addEventListener('cancel', () => finish(null));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submit.disabled = true;
      error.textContent = '';
      opts
        .onSubmit()
        .then((v) => {
          if (v !== null) finish(v);
        })
        .catch((err: unknown) => {
          error.textContent = errorMessage(err);
        })
        .finally(() => {
          submit.disabled = false;
        });
    });
    document.body.append(dialog);
    dialog.showModal();
    const first = opts.body.querySelector<HTMLElement>('input,select,textarea');
    first?.focus();
  });
}

/** Confirmation with translated text; native confirm() would show the browser's own chrome. */
export function confirmDialog(
  messageKey: string,
  params: Record<string, string | number>,
  confirmKey: string,
): Promise<boolean> {
  return openDialog({
    titleKey: 'common.confirmTitle',
    body: h('p', { i18n: messageKey, i18nParams: params }),
    submitKey: confirmKey,
    onSubmit: () => Promise.resolve(true),
  }).then((v) => v === true);
}
