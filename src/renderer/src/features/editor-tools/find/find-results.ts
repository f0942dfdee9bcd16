import type { FindHit } from '../../../../../core/editor/find';
import { dirOf } from '../../../i18n/bidi';
import { formatNumber } from '../../../i18n/i18n';
import { h } from '../../../ui/dom';
import { markedSnippet } from '../ui-bits';

export interface ResultActions {
  open(hit: FindHit): void;
  /** Replace in this one segment (targets only; absent when searching sources). */
  replaceOne?: (hit: FindHit) => void;
}

/** The result list across documents: one group per document, one row per match, click to open. */
export function renderResults(hits: readonly FindHit[], actions: ResultActions): HTMLElement {
  const list = h('div', { class: 'find-results', attrs: { 'data-testid': 'find-results', role: 'list' } });
  let group: HTMLElement | null = null;
  let groupDoc = -1;
  for (const hit of hits) {
    if (hit.documentId !== groupDoc) {
      groupDoc = hit.documentId;
      group = h('div', { class: 'find-group' });
      group.append(
        h('h4', { class: 'find-doc', text: hit.documentName, attrs: { dir: dirOf(hit.documentName) } }),
      );
      list.append(group);
    }
    const row = h(
      'div',
      { class: 'find-result', attrs: { role: 'listitem', 'data-testid': 'find-result' } },
      h('button', {
        class: 'find-open',
        attrs: { type: 'button', 'data-testid': 'find-open' },
        on: { click: () => actions.open(hit) },
      }),
    );
    const open = row.firstElementChild as HTMLElement;
    open.append(
      h('span', { class: 'find-seg num', text: formatNumber(hit.index + 1) }),
      h('span', { class: `status-dot status-${hit.status}`, attrs: { 'aria-hidden': 'true' } }),
      markedSnippet(hit.text, hit.start, hit.end),
    );
    const replaceOne = actions.replaceOne;
    if (replaceOne)
      row.append(
        h('button', {
          class: 'btn btn-small',
          i18n: 'editorTools.find.replaceOne',
          attrs: { type: 'button', 'data-testid': 'find-replace-one' },
          on: { click: () => replaceOne(hit) },
        }),
      );
    group?.append(row);
  }
  return list;
}
