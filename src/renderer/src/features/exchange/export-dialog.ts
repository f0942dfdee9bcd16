/**
 * Export one document: the English article (txt, Word, web page), the Word review table, or a bilingual
 * file. The article's default refuses while segments are unconfirmed; the server's error lists them and the
 * dialog stays open with the choices (leave out, keep drafts, show the Persian) beside it.
 */
import {
  ARTICLE_FORMATS,
  EXPORT_FORMATS,
  UNCONFIRMED_POLICIES,
  type ArticleFormat,
  type DocumentSummary,
  type ExportFormat,
  type ExportStatusFilter,
  type UnconfirmedPolicy,
} from '../../../../shared/model';
import type { RendererApiClient } from '../../api/client';
import { t } from '../../i18n/i18n';
import { openDialog } from '../../ui/dialog';
import { h } from '../../ui/dom';
import { downloadBase64, downloadText } from '../../ui/files';
import { withProgress } from '../../ui/job-progress';
import { toast } from '../../ui/toast';

type Choice = ArticleFormat | 'review-docx' | ExportFormat;

const isArticle = (f: string): f is ArticleFormat => (ARTICLE_FORMATS as readonly string[]).includes(f);

export function openExportDialog(api: RendererApiClient, doc: DocumentSummary): Promise<boolean | null> {
  const format = h('select', { class: 'select', attrs: { name: 'format', 'data-testid': 'export-format' } });
  const group = (labelKey: string, values: readonly string[]): HTMLOptGroupElement => {
    const g = h('optgroup', { attrs: { label: t(labelKey) } });
    for (const v of values) g.append(h('option', { i18n: `exchange.format.${v}`, attrs: { value: v } }));
    return g;
  };
  format.append(
    group('exchange.group.article', ARTICLE_FORMATS),
    group('exchange.group.review', ['review-docx']),
    group('exchange.group.bilingual', EXPORT_FORMATS),
  );

  const policy = h('fieldset', { class: 'radio-group', attrs: { 'data-testid': 'unconfirmed-policy' } });
  policy.append(h('legend', { i18n: 'exchange.unconfirmed.legend' }));
  for (const p of UNCONFIRMED_POLICIES) {
    const input = h('input', { attrs: { type: 'radio', name: 'unconfirmed', value: p } });
    if (p === 'refuse') input.checked = true;
    policy.append(h('label', { class: 'radio' }, input, h('span', { i18n: `exchange.unconfirmed.${p}` })));
  }

  const status = h('select', { class: 'select', attrs: { name: 'status', 'data-testid': 'export-status' } });
  for (const s of ['default', 'confirmed', 'all'])
    status.append(h('option', { i18n: `exchange.status.${s}`, attrs: { value: s } }));
  const statusField = h('label', { class: 'field' }, h('span', { i18n: 'exchange.status.label' }), status);

  const progress = h('p', {
    class: 'dialog-note',
    i18n: 'exchange.progress',
    i18nParams: { done: doc.confirmedCount, total: doc.segmentCount, count: doc.segmentCount },
  });
  const sync = (): void => {
    policy.hidden = !isArticle(format.value);
    statusField.hidden = isArticle(format.value) || format.value === 'review-docx';
  };
  format.addEventListener('change', sync);
  sync();

  const body = h(
    'div',
    { class: 'export-dialog-body' },
    h('p', { class: 'dialog-doc', text: doc.name, attrs: { dir: 'auto' } }),
    progress,
    h('label', { class: 'field' }, h('span', { i18n: 'exchange.format.label' }), format),
    policy,
    statusField,
  );

  return openDialog({
    titleKey: 'exchange.exportTitle',
    body,
    submitKey: 'exchange.exportButton',
    className: 'export-dialog',
    onSubmit: async () => {
      const choice = format.value as Choice;
      if (isArticle(choice)) {
        const unconfirmed = (policy.querySelector<HTMLInputElement>('input:checked')?.value ??
          'refuse') as UnconfirmedPolicy;
        const file = await withProgress('articleExport', (opts) =>
          api.call('exchange.exportArticle', { documentId: doc.id, format: choice, unconfirmed }, opts),
        );
        downloadBase64(file.fileName, file.mime, file.contentBase64);
        if (file.unconfirmed.length > 0)
          toast(
            t(`exchange.done.${unconfirmed}`, {
              segments: file.unconfirmed.join(', '),
              count: file.unconfirmed.length,
            }),
          );
      } else if (choice === 'review-docx') {
        const file = await withProgress('reviewExport', (opts) =>
          api.call('exchange.exportReview', { documentId: doc.id }, opts),
        );
        downloadBase64(file.fileName, file.mime, file.contentBase64);
      } else {
        const s = status.value === 'default' ? undefined : (status.value as ExportStatusFilter);
        const file = await withProgress('exchangeExport', (opts) =>
          api.call('exchange.export', { documentIds: [doc.id], format: choice, status: s }, opts),
        );
        downloadText(file.fileName, file.mime, file.content);
        for (const l of file.leftOut)
          toast(t('exchange.leftOut', { segments: l.segments.join(', '), count: l.segments.length }));
      }
      return true;
    },
  });
}
