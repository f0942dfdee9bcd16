import type { TmConcordanceHit } from '../../../../shared/tm';
import type { RendererApiClient } from '../../api/client';
import { dirOf } from '../../i18n/bidi';
import { errorMessage } from '../../i18n/errors';
import { formatNumber, t } from '../../i18n/i18n';
import { clear, h, setI18n } from '../../ui/dom';
import { LatestCall } from './latest-call';
import { markRanges } from './text-parts';

/** Typing pauses this long before the query is sent. */
const TYPING_DELAY_MS = 250;
const LIMIT = 100;

function marked(text: string, ranges: TmConcordanceHit['ranges'], lang: 'fa' | 'en'): HTMLElement {
  const cell = h('div', {
    class: `conc-text conc-${lang}`,
    attrs: { dir: lang === 'fa' ? 'rtl' : dirOf(text), lang },
  });
  for (const p of markRanges(text, ranges)) cell.append(p.marked ? h('mark', { text: p.text }) : p.text);
  return cell;
}

/**
 * Concordance (Ctrl+K): every memory unit whose Persian contains the query in any spelling, or whose
 * English contains it, with the found part highlighted and the other side beside it.
 */
export function openConcordance(api: RendererApiClient, initial: string): void {
  document.querySelector('dialog.conc-dialog')?.remove();
  const input = h('input', {
    class: 'input conc-query',
    i18nAria: 'tm.conc.query',
    i18nPlaceholder: 'tm.conc.placeholder',
    attrs: { type: 'text', dir: 'auto', 'data-testid': 'conc-query' },
  });
  input.value = initial;
  const side = h('select', {
    class: 'select',
    i18nAria: 'tm.conc.side',
    attrs: { 'data-testid': 'conc-side' },
  });
  side.append(
    h('option', { i18n: 'tm.conc.sideSource', attrs: { value: 'source' } }),
    h('option', { i18n: 'tm.conc.sideTarget', attrs: { value: 'target' } }),
  );
  // A query in Latin letters is meant for the English side.
  if (dirOf(initial) === 'ltr') side.value = 'target';
  const status = h('p', { class: 'muted conc-status', attrs: { role: 'status' } });
  const results = h('ol', { class: 'conc-list', attrs: { 'data-testid': 'conc-results' } });
  const close = h('button', { class: 'btn', i18n: 'tm.close', attrs: { type: 'button' } });
  const dialog = h(
    'dialog',
    { class: 'dialog conc-dialog', attrs: { 'data-testid': 'concordance' } },
    h('h2', { class: 'dialog-title', i18n: 'tm.conc.title' }),
    h('div', { class: 'conc-form' }, input, side),
    status,
    results,
    h('div', { class: 'dialog-actions' }, close),
  );
  const latest = new LatestCall<TmConcordanceHit[]>();
  let timer: ReturnType<typeof setTimeout> | null = null;

  const search = async (): Promise<void> => {
    const query = input.value.trim();
    const which = side.value === 'target' ? 'target' : 'source';
    if (query === '') {
      latest.cancel();
      clear(results);
      setI18n(status, 'tm.conc.hint');
      return;
    }
    try {
      const hits = await latest.run((signal) =>
        api.call('tm.concordance', { query, side: which, limit: LIMIT }, { signal }),
      );
      if (hits === null) return;
      clear(results);
      setI18n(status, hits.length ? 'tm.conc.found' : 'tm.conc.none', {
        count: formatNumber(hits.length),
      });
      for (const hit of hits) {
        const fa = marked(hit.source, which === 'source' ? hit.ranges : [], 'fa');
        const en = marked(hit.target, which === 'target' ? hit.ranges : [], 'en');
        const origin = hit.origin === 'project' ? t('tm.projectMemory') : hit.origin;
        results.append(
          h('li', { class: 'conc-hit' }, fa, en, h('bdi', { class: 'tm-origin conc-origin', text: origin })),
        );
      }
    } catch (err) {
      clear(results);
      status.textContent = errorMessage(err);
    }
  };
  const later = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void search(), TYPING_DELAY_MS);
  };
  input.addEventListener('input', later);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      if (timer) clearTimeout(timer);
      void search();
    }
  });
  side.addEventListener('change', () => void search());
  const done = (): void => {
    if (timer) clearTimeout(timer);
    latest.cancel();
    dialog.close();
  };
  close.addEventListener('click', done);
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  input.focus();
  input.select();
  void search();
}
