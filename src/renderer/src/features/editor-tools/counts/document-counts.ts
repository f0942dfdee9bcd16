import { isConfirmedStatus } from '../../../../../core/editor/statuses';
import { countText } from '../../../../../core/editor/word-count';
import { formatNumber } from '../../../i18n/i18n';
import { h, setI18n } from '../../../ui/dom';
import type { SegmentStore } from '../../workbench/segment-store';

/**
 * The editor header's word count: source words of the document and how many of them are in confirmed
 * segments. Words per segment are counted once when the document opens (sources rarely change), so the
 * sum on every progress change is a few additions, not a recount.
 */
export class DocumentCounts {
  readonly el = h('span', { class: 'wb-words muted', attrs: { 'data-testid': 'doc-words' } });
  private words: number[] = [];
  private store: SegmentStore | null = null;
  private shown = '';

  setDocument(store: SegmentStore): void {
    this.store = store;
    this.words = store.segments.map((s) => countText(s.source).words);
    this.shown = '';
    this.update();
  }

  update(): void {
    const store = this.store;
    if (!store) return;
    let total = 0;
    let confirmed = 0;
    store.segments.forEach((s, pos) => {
      const w = this.words[pos] ?? 0;
      total += w;
      if (isConfirmedStatus(s.status)) confirmed += w;
    });
    const key = `${total}:${confirmed}`;
    if (key === this.shown) return;
    this.shown = key;
    setI18n(this.el, 'editorTools.counts.document', {
      words: formatNumber(total),
      confirmed: formatNumber(confirmed),
    });
  }

  /** The labels are translated: draw again after a language switch. */
  relabel(): void {
    this.shown = '';
    this.update();
  }
}
