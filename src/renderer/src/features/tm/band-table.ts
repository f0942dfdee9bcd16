import type { Band, TmBandRow } from '../../../../shared/tm';
import { TM_BANDS } from '../../../../shared/tm';
import { formatNumber } from '../../i18n/i18n';
import { h } from '../../ui/dom';

/** Column headings of the bands (literal keys, so the locale check sees each one). */
export const BAND_KEYS: Record<Band, string> = {
  repetition: 'tm.band.repetition',
  '100': 'tm.band.exact',
  '95-99': 'tm.band.high',
  '85-94': 'tm.band.good',
  '75-84': 'tm.band.fair',
  '50-74': 'tm.band.low',
  none: 'tm.band.none',
};

export interface BandTableRow {
  /** Document name, or null for the total row. */
  name: string | null;
  bands: readonly TmBandRow[];
}

function cell(row: TmBandRow | undefined): HTMLElement {
  return h(
    'td',
    { class: 'num' },
    h('span', { class: 'band-words', text: formatNumber(row?.words ?? 0) }),
    h('span', { class: 'band-segs', text: formatNumber(row?.segments ?? 0) }),
  );
}

const sum = (bands: readonly TmBandRow[], key: 'words' | 'segments'): number =>
  bands.reduce((n, b) => n + b[key], 0);

/**
 * The analysis table translators quote prices from: one row per document (and the total), one column per
 * band, words on top and segments under them.
 */
export function bandTable(rows: readonly BandTableRow[], testId: string): HTMLElement {
  const head = h('tr', {}, h('th', { i18n: 'tm.analysis.document', attrs: { scope: 'col' } }));
  for (const b of TM_BANDS)
    head.append(h('th', { class: 'num', i18n: BAND_KEYS[b], attrs: { scope: 'col' } }));
  head.append(h('th', { class: 'num', i18n: 'tm.analysis.total', attrs: { scope: 'col' } }));
  const body = h('tbody');
  for (const r of rows) {
    const tr = h(
      'tr',
      { class: r.name === null ? 'band-total' : '' },
      r.name === null
        ? h('th', { i18n: 'tm.analysis.allDocuments', attrs: { scope: 'row' } })
        : h('th', { attrs: { scope: 'row' } }, h('bdi', { text: r.name, attrs: { title: r.name } })),
    );
    for (const b of TM_BANDS) tr.append(cell(r.bands.find((x) => x.band === b)));
    tr.append(cell({ band: 'none', words: sum(r.bands, 'words'), segments: sum(r.bands, 'segments') }));
    body.append(tr);
  }
  return h(
    'table',
    { class: 'band-table', attrs: { 'data-testid': testId } },
    h('caption', { class: 'band-legend', i18n: 'tm.analysis.legend' }),
    h('thead', {}, head),
    body,
  );
}

/** One set of bands as rows (a pre-translation report): band, segments, words. */
export function bandRows(bands: readonly TmBandRow[], testId: string): HTMLElement {
  const body = h('tbody');
  for (const b of TM_BANDS) {
    const row = bands.find((x) => x.band === b);
    if (!row || row.segments === 0) continue;
    body.append(
      h(
        'tr',
        {},
        h('th', { i18n: BAND_KEYS[b], attrs: { scope: 'row' } }),
        h('td', { class: 'num', text: formatNumber(row.segments) }),
        h('td', { class: 'num', text: formatNumber(row.words) }),
      ),
    );
  }
  return h(
    'table',
    { class: 'band-table band-rows', attrs: { 'data-testid': testId } },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { i18n: 'tm.analysis.band', attrs: { scope: 'col' } }),
        h('th', { class: 'num', i18n: 'tm.analysis.segments', attrs: { scope: 'col' } }),
        h('th', { class: 'num', i18n: 'tm.analysis.words', attrs: { scope: 'col' } }),
      ),
    ),
    body,
  );
}
