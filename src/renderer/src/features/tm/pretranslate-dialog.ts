import type { TmPretranslateReport } from '../../../../shared/tm';
import type { RendererApiClient } from '../../api/client';
import { formatNumber } from '../../i18n/i18n';
import { h } from '../../ui/dom';
import { openDialog } from '../../ui/dialog';
import { withProgress } from '../../ui/job-progress';
import { bandRows } from './band-table';

/** Pre-translation's own default (as the CLI's): only exact matches unless the translator lowers it. */
const DEFAULT_MIN = 100;

/**
 * Pre-translate: fill the untranslated segments of this document (or of all) from the memory at or above
 * a threshold, as drafts — or confirmed, for 100% matches when asked. Runs as a job with progress and
 * Cancel; resolves with the report (null when cancelled before it ran).
 */
export async function openPretranslate(
  api: RendererApiClient,
  documentId: number,
  allIds: () => Promise<number[]>,
): Promise<TmPretranslateReport | null> {
  const min = h('input', {
    class: 'input',
    attrs: {
      type: 'number',
      min: '50',
      max: '100',
      step: '1',
      value: String(DEFAULT_MIN),
      'data-testid': 'pt-min',
    },
  });
  const confirmExact = h('input', { attrs: { type: 'checkbox', 'data-testid': 'pt-confirm-exact' } });
  const scope = h('select', { class: 'select', attrs: { 'data-testid': 'pt-scope' } });
  scope.append(
    h('option', { i18n: 'tm.pt.thisDocument', attrs: { value: 'one' } }),
    h('option', { i18n: 'tm.pt.allDocuments', attrs: { value: 'all' } }),
  );
  const body = h(
    'div',
    { class: 'dialog-body' },
    h('p', { class: 'muted', i18n: 'tm.pt.intro' }),
    h('label', { class: 'field' }, h('span', { class: 'field-label', i18n: 'tm.pt.min' }), min),
    h('label', { class: 'field' }, h('span', { class: 'field-label', i18n: 'tm.pt.scope' }), scope),
    h('label', { class: 'check-field' }, confirmExact, h('span', { i18n: 'tm.pt.confirmExact' })),
  );
  const report = await openDialog<TmPretranslateReport>({
    titleKey: 'tm.pt.title',
    body,
    submitKey: 'tm.pt.run',
    onSubmit: async () => {
      const threshold = Math.round(Number(min.value));
      const documentIds = scope.value === 'all' ? await allIds() : [documentId];
      return withProgress('tmPretranslate', (opts) =>
        api.call(
          'tm.pretranslate',
          {
            documentIds,
            min: Number.isFinite(threshold) ? Math.min(100, Math.max(1, threshold)) : DEFAULT_MIN,
            confirmExact: confirmExact.checked,
          },
          opts,
        ),
      );
    },
  });
  if (report) showReport(report);
  return report;
}

/** The report: segments filled (and confirmed), and per band. Closed with its button or Escape. */
function showReport(r: TmPretranslateReport): void {
  const close = h('button', { class: 'btn btn-primary', i18n: 'tm.close', attrs: { type: 'button' } });
  const dialog = h(
    'dialog',
    { class: 'dialog pt-report', attrs: { 'data-testid': 'pt-report' } },
    h('h2', { class: 'dialog-title', i18n: 'tm.pt.reportTitle' }),
    h('p', {
      i18n: r.filled ? 'tm.pt.filled' : 'tm.pt.nothing',
      i18nParams: { filled: formatNumber(r.filled), confirmed: formatNumber(r.confirmed) },
    }),
    r.filled ? bandRows(r.bands, 'pt-bands') : null,
    h('div', { class: 'dialog-actions' }, close),
  );
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  close.focus();
}
