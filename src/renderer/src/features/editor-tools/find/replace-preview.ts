import type { ReplacePlan } from '../../../../../core/editor/replace';
import { dirOf } from '../../../i18n/bidi';
import { formatNumber, t } from '../../../i18n/i18n';
import { h } from '../../../ui/dom';

/** The preview of a replace-all: every segment's text before and after, and what it does to statuses. */
export function renderPreview(plan: ReplacePlan): HTMLElement {
  const rows = plan.changes.map((c) =>
    h(
      'div',
      { class: 'preview-row', attrs: { 'data-testid': 'preview-row' } },
      h('span', {
        class: 'find-doc-small',
        text: `${c.documentName} · ${formatNumber(c.index + 1)}`,
        attrs: { dir: dirOf(c.documentName) },
      }),
      h('del', { class: 'preview-before', text: c.before, attrs: { dir: 'ltr' } }),
      h('ins', { class: 'preview-after', text: c.after, attrs: { dir: 'ltr' } }),
      c.statusAfter !== c.statusBefore
        ? h('span', {
            class: 'muted',
            i18n: 'editorTools.find.statusChange',
            i18nParams: { from: t(`status.${c.statusBefore}`), to: t(`status.${c.statusAfter}`) },
          })
        : null,
    ),
  );
  return h(
    'div',
    { class: 'replace-preview', attrs: { 'data-testid': 'replace-preview' } },
    h('p', {
      class: 'preview-summary',
      i18n: 'editorTools.find.previewSummary',
      i18nParams: {
        replacements: formatNumber(plan.replacements),
        segments: formatNumber(plan.changes.length),
      },
    }),
    plan.confirmedChanged > 0
      ? h('p', {
          class: 'preview-warning',
          i18n: 'editorTools.find.confirmedChanged',
          i18nParams: { n: formatNumber(plan.confirmedChanged) },
        })
      : null,
    h('div', { class: 'preview-rows' }, ...rows),
  );
}
