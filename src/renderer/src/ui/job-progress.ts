/**
 * The progress panel every long job shows: what is running, its phase, a bar, and Cancel. Quick jobs
 * finish before it appears, so it never flashes; several jobs stack.
 */
import type { JobProgress } from '../../../shared/jobs';
import type { CallOptions } from '../api/client';
import { formatNumber, t } from '../i18n/i18n';
import { h, setI18n } from './dom';

/** A job that ends sooner than this never shows a panel. */
const SHOW_AFTER_MS = 250;

let stack: HTMLElement | null = null;

/**
 * The panel lives in the top-most open modal dialog when there is one (an import preview runs its job while
 * its dialog is open): everything outside a modal dialog is inert, and Cancel must stay clickable.
 */
function ensureStack(): HTMLElement {
  const host = [...document.querySelectorAll<HTMLDialogElement>('dialog[open]')].at(-1) ?? document.body;
  if (!stack) stack = h('div', { class: 'job-stack' });
  if (stack.parentElement !== host) host.append(stack);
  return stack;
}

/**
 * Runs `run` with progress and cancel wired to a panel titled by `titleKey` (a locale key under
 * `jobs.title`). Cancel aborts the call, which then fails with the `cancelled` error.
 */
export async function withProgress<T>(titleKey: string, run: (opts: CallOptions) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const bar = h('progress', { class: 'job-bar', attrs: { max: '1', 'aria-labelledby': 'job-title' } });
  const phase = h('span', { class: 'job-phase', i18n: 'jobs.starting' });
  const count = h('span', { class: 'job-count' });
  const cancel = h('button', {
    class: 'btn',
    i18n: 'jobs.cancel',
    attrs: { type: 'button', 'data-testid': 'job-cancel' },
    on: {
      click: () => {
        controller.abort();
        cancel.disabled = true;
        setI18n(phase, 'jobs.cancelling');
      },
    },
  });
  const panel = h(
    'section',
    { class: 'job-panel', attrs: { role: 'status', 'aria-live': 'polite', 'data-testid': 'job-progress' } },
    h(
      'div',
      { class: 'job-head' },
      h('strong', { class: 'job-title', i18n: `jobs.title.${titleKey}` }),
      cancel,
    ),
    bar,
    h('div', { class: 'job-detail' }, phase, count),
  );
  const show = setTimeout(() => ensureStack().append(panel), SHOW_AFTER_MS);
  const onProgress = (p: JobProgress): void => {
    if (controller.signal.aborted) return;
    setI18n(phase, `jobs.phase.${p.phase}`);
    if (p.total > 0) {
      bar.max = p.total;
      bar.value = Math.min(p.done, p.total);
      count.textContent = t('jobs.count', { done: formatNumber(p.done), total: formatNumber(p.total) });
    } else {
      // Unknown total: an indeterminate bar.
      bar.removeAttribute('value');
      count.textContent = '';
    }
  };
  try {
    return await run({ onProgress, signal: controller.signal });
  } finally {
    clearTimeout(show);
    panel.remove();
  }
}
