import type { TmAnalysis } from '../../../../shared/tm';
import type { RendererApiClient } from '../../api/client';
import { clear, h } from '../../ui/dom';
import { withProgress } from '../../ui/job-progress';
import { toastError } from '../../ui/toast';
import { bandTable } from './band-table';

/**
 * The documents page's analysis: source words and segments per match band for every document and in
 * total (tm.analyse), shown under the list when asked for, hidden again with the same button.
 */
export class AnalysisPanel {
  readonly el = h('section', { class: 'analysis-panel', attrs: { 'data-testid': 'tm-analysis' } });
  readonly button: HTMLButtonElement;
  private analysis: TmAnalysis | null = null;

  constructor(
    private readonly api: RendererApiClient,
    private readonly documentIds: () => number[],
  ) {
    this.el.hidden = true;
    this.button = h('button', {
      class: 'btn',
      i18n: 'tm.analysis.button',
      i18nTitle: 'tm.analysis.hint',
      attrs: { type: 'button', 'aria-pressed': 'false', 'data-testid': 'tm-analyse' },
      on: { click: () => void this.toggle() },
    });
  }

  /** Draw the last analysis again (a language switch: numbers in the UI's digits). */
  render(): void {
    const analysis = this.analysis;
    clear(this.el);
    if (!analysis) return;
    this.el.append(
      h('h3', { class: 'analysis-title', i18n: 'tm.analysis.title' }),
      h(
        'div',
        { class: 'band-scroll' },
        bandTable(
          [
            ...analysis.documents.map((d) => ({ name: d.name, bands: d.bands })),
            { name: null, bands: analysis.total },
          ],
          'analysis-table',
        ),
      ),
    );
  }

  /** The list changed (import, removal): an open analysis is run again. */
  async refresh(): Promise<void> {
    if (!this.el.hidden) await this.run();
  }

  private async toggle(): Promise<void> {
    if (!this.el.hidden) {
      this.el.hidden = true;
      this.button.setAttribute('aria-pressed', 'false');
      return;
    }
    await this.run();
  }

  private async run(): Promise<void> {
    const ids = this.documentIds();
    if (ids.length === 0) return;
    try {
      const analysis = await withProgress('tmAnalyse', (opts) =>
        this.api.call('tm.analyse', { documentIds: ids }, opts),
      );
      this.analysis = analysis;
      this.render();
      this.el.hidden = false;
      this.button.setAttribute('aria-pressed', 'true');
    } catch (err) {
      toastError(err);
    }
  }
}
