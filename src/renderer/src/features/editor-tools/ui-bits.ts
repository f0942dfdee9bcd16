import { dirOf } from '../../i18n/bidi';
import { h } from '../../ui/dom';

/** A labelled checkbox (the label is translated, the box carries a test id). */
export function checkbox(labelKey: string, testId: string): { el: HTMLElement; input: HTMLInputElement } {
  const input = h('input', { attrs: { type: 'checkbox', 'data-testid': testId } });
  return { el: h('label', { class: 'check' }, input, h('span', { i18n: labelKey })), input };
}

/**
 * A segment text with one range marked, cut to a window around it so a long sentence stays one line
 * of the result list. Its direction follows the text (Persian sources right to left).
 */
export function markedSnippet(text: string, start: number, end: number, context = 60): HTMLElement {
  const from = Math.max(0, start - context);
  const to = Math.min(text.length, end + context);
  return h(
    'span',
    { class: 'snippet', attrs: { dir: dirOf(text) } },
    from > 0 ? '…' : '',
    text.slice(from, start),
    h('mark', { text: text.slice(start, end) }),
    text.slice(end, to),
    to < text.length ? '…' : '',
  );
}
