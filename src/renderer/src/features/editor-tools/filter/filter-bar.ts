import {
  filterSegments,
  isFilterActive,
  type SegmentFilter,
} from '../../../../../core/editor/segment-filter';
import { SEGMENT_STATUSES, type SegmentStatus } from '../../../../../shared/model';
import type { RendererApiClient } from '../../../api/client';
import { dirOf } from '../../../i18n/bidi';
import { formatNumber } from '../../../i18n/i18n';
import { h, setI18n } from '../../../ui/dom';
import { toastError } from '../../../ui/toast';
import type { SegmentStore } from '../../workbench/segment-store';
import { checkbox } from '../ui-bits';

/** Filter result: document positions kept, or null when no filter is set. */
export type FilterResult = readonly number[] | null;

const UNCONFIRMED = 'unconfirmed';

/**
 * The editor's filter bar: status, segments with QA findings, a glossary term of the document, a text
 * (Persian in any spelling or English). The rule is core/editor/segment-filter; this bar only gathers
 * its inputs and says how many segments it keeps.
 */
export class FilterBar {
  readonly el: HTMLElement;
  private readonly status = h('select', {
    class: 'select',
    i18nAria: 'editorTools.filter.status',
    attrs: { 'data-testid': 'filter-status' },
  });
  private readonly term = h('select', {
    class: 'select filter-term',
    i18nAria: 'editorTools.filter.term',
    attrs: { 'data-testid': 'filter-term' },
  });
  private readonly text = h('input', {
    class: 'filter-text',
    i18nPlaceholder: 'editorTools.filter.text',
    i18nAria: 'editorTools.filter.text',
    attrs: { type: 'search', dir: 'auto', 'data-testid': 'filter-text' },
  });
  private readonly withQa = checkbox('editorTools.filter.withQa', 'filter-qa');
  private readonly count = h('span', {
    class: 'filter-count muted',
    attrs: { 'data-testid': 'filter-count', role: 'status' },
  });
  private readonly clearButton: HTMLButtonElement;
  private store: SegmentStore | null = null;
  private qaIndexes: Set<number> | null = null;
  private textTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly api: RendererApiClient,
    private readonly onChange: (kept: FilterResult) => void,
  ) {
    this.status.append(
      h('option', { i18n: 'editorTools.filter.anyStatus', attrs: { value: '' } }),
      h('option', { i18n: 'editorTools.filter.unconfirmed', attrs: { value: UNCONFIRMED } }),
      ...SEGMENT_STATUSES.map((s) => h('option', { i18n: `status.${s}`, attrs: { value: s } })),
    );
    this.status.addEventListener('change', () => this.apply());
    this.term.addEventListener('change', () => this.apply());
    this.withQa.input.addEventListener('change', () => void this.qaToggled());
    this.text.addEventListener('input', () => {
      if (this.textTimer) clearTimeout(this.textTimer);
      this.textTimer = setTimeout(() => this.apply(), 200);
    });
    this.clearButton = h('button', {
      class: 'btn btn-small btn-ghost',
      i18n: 'editorTools.filter.clear',
      attrs: { type: 'button', 'data-testid': 'filter-clear' },
      on: { click: () => this.clear() },
    });
    this.el = h(
      'div',
      { class: 'filter-bar', attrs: { 'data-testid': 'filter-bar', role: 'search' } },
      h('span', { class: 'filter-label', i18n: 'editorTools.filter.title' }),
      this.status,
      this.withQa.el,
      this.term,
      this.text,
      this.count,
      this.clearButton,
    );
  }

  /** Another document opened: the filter starts empty, its term list is the document's terms. */
  setDocument(store: SegmentStore): void {
    this.store = store;
    this.qaIndexes = null;
    this.status.value = '';
    this.withQa.input.checked = false;
    this.text.value = '';
    this.renderTerms();
    this.apply();
  }

  focus(): void {
    this.text.focus();
  }

  /** The glossary changed: the term list follows. */
  glossaryChanged(): void {
    this.renderTerms();
  }

  private filter(): SegmentFilter {
    const s = this.status.value;
    const statuses: SegmentStatus[] =
      s === '' ? [] : s === UNCONFIRMED ? ['new', 'draft'] : [s as SegmentStatus];
    const entry = Number(this.term.value);
    return {
      statuses,
      withQa: this.withQa.input.checked,
      entryId: this.term.value !== '' && Number.isInteger(entry) ? entry : undefined,
      text: this.text.value,
    };
  }

  private compute(): FilterResult {
    const store = this.store;
    if (!store) return null;
    const filter = this.filter();
    if (!isFilterActive(filter)) return null;
    const entriesByIndex = new Map<number, Set<number>>();
    store.segments.forEach((seg, pos) => {
      entriesByIndex.set(seg.index, new Set((store.hits[pos] ?? []).map((x) => x.entry)));
    });
    const keptIndexes = new Set(
      filterSegments(store.segments, filter, { qaIndexes: this.qaIndexes ?? new Set(), entriesByIndex }),
    );
    const kept: number[] = [];
    store.segments.forEach((seg, pos) => {
      if (keptIndexes.has(seg.index)) kept.push(pos);
    });
    return kept;
  }

  private apply(): void {
    const kept = this.compute();
    const total = this.store?.segments.length ?? 0;
    this.clearButton.hidden = kept === null;
    this.el.classList.toggle('is-active', kept !== null);
    if (kept === null)
      setI18n(this.count, 'editorTools.filter.all', { total: formatNumber(total), count: total });
    else
      setI18n(this.count, 'editorTools.filter.kept', {
        n: formatNumber(kept.length),
        total: formatNumber(total),
        count: total,
      });
    this.onChange(kept);
  }

  private async qaToggled(): Promise<void> {
    const store = this.store;
    if (this.withQa.input.checked && store) {
      try {
        const issues = await this.api.call('qa.run', { documentIds: [store.doc.id] });
        this.qaIndexes = new Set(issues.filter((i) => !i.ignored).map((i) => i.segment));
      } catch (err) {
        toastError(err);
        this.withQa.input.checked = false;
      }
    }
    this.apply();
  }

  private clear(): void {
    this.status.value = '';
    this.withQa.input.checked = false;
    this.term.value = '';
    this.text.value = '';
    this.apply();
  }

  private renderTerms(): void {
    const store = this.store;
    const selected = this.term.value;
    this.term.replaceChildren(h('option', { i18n: 'editorTools.filter.anyTerm', attrs: { value: '' } }));
    if (!store) return;
    const seen = new Map<number, string>();
    for (const hits of store.hits)
      for (const hit of hits) if (!seen.has(hit.entry)) seen.set(hit.entry, hit.term);
    const entries = store.entryMap();
    const options = [...seen].map(([id, fa]) => {
      const en = entries.get(id)?.terms.find((x) => x.lang === 'en')?.text ?? '';
      return { id, label: en ? `${fa} — ${en}` : fa };
    });
    options.sort((a, b) => a.label.localeCompare(b.label, 'fa'));
    for (const o of options)
      this.term.append(h('option', { text: o.label, attrs: { value: String(o.id), dir: dirOf(o.label) } }));
    this.term.value = seen.has(Number(selected)) ? selected : '';
  }
}
