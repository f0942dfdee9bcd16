import type { DocumentCounts } from '../../../../../shared/api';
import type { RendererApiClient } from '../../../api/client';
import { formatNumber } from '../../../i18n/i18n';
import { h } from '../../../ui/dom';

/**
 * Word counts for the document list: per document (source words, confirmed words) and the project
 * total, from stats.wordCounts (the same core rule as the editor header).
 */
export class DocumentListCounts {
  readonly total = h('span', { class: 'project-words muted', attrs: { 'data-testid': 'project-words' } });
  private byDocument = new Map<number, DocumentCounts>();

  constructor(private readonly api: RendererApiClient) {}

  async refresh(): Promise<void> {
    try {
      const res = await this.api.call('stats.wordCounts', {});
      this.byDocument = new Map(res.documents.map((d) => [d.documentId, d] as const));
      this.total.replaceChildren(
        h('span', {
          i18n: 'editorTools.counts.project',
          i18nParams: {
            words: formatNumber(res.project.words),
            confirmed: formatNumber(res.project.confirmedWords),
          },
        }),
      );
    } catch {
      // Counts are extra information; the list itself stays usable without them.
      this.byDocument.clear();
      this.total.textContent = '';
    }
  }

  /** The words cell of one row ('' until counts arrived). */
  cell(documentId: number): HTMLElement {
    const c = this.byDocument.get(documentId);
    return h('span', {
      class: 'doc-words muted',
      attrs: { 'data-testid': 'doc-row-words' },
      ...(c
        ? {
            i18n: 'editorTools.counts.row',
            i18nParams: { words: formatNumber(c.words), confirmed: formatNumber(c.confirmedWords) },
          }
        : {}),
    });
  }
}
