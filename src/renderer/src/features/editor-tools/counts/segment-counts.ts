import { countText } from '../../../../../core/editor/word-count';
import { formatNumber } from '../../../i18n/i18n';
import { h, setI18n } from '../../../ui/dom';
import type { SegmentStore } from '../../workbench/segment-store';
import type { SideSection } from '../side-section';

/** Source words and characters of the active segment (ZWNJ-joined parts count as one word). */
export class SegmentCounts implements SideSection {
  readonly el = h('p', { class: 'seg-counts muted', attrs: { 'data-testid': 'segment-counts' } });
  private shown = '';

  render(store: SegmentStore, pos: number): void {
    const source = store.segments[pos]?.source ?? '';
    if (source === this.shown && this.el.textContent) return;
    this.shown = source;
    const c = countText(source);
    setI18n(this.el, 'editorTools.counts.segment', {
      words: formatNumber(c.words),
      characters: formatNumber(c.characters),
    });
  }

  reset(): void {
    this.shown = '';
    this.el.textContent = '';
  }
}
