import type { QaIssue } from '../../../../shared/model';
import { dirOf } from '../../i18n/bidi';
import type { RendererApiClient } from '../../api/client';
import { formatNumber, isolateParams, t } from '../../i18n/i18n';
import { clear, h, setI18n } from '../../ui/dom';
import { toastError } from '../../ui/toast';
import { withProgress } from '../../ui/job-progress';

/** Parameters that are words of the check itself (a term status, "leading"/"trailing") get translated. */
function localParams(params: Record<string, string | number>): Record<string, string | number> {
  const out: Record<string, string | number> = { ...params };
  if (typeof out.status === 'string') out.status = t(`termStatus.${out.status}`);
  if (typeof out.where === 'string') out.where = t(`qaParam.${out.where}`);
  return out;
}

export interface QaDeps {
  api: RendererApiClient;
  openSegment(documentId: number, segment: number): void;
  currentDocument(): number | null;
}

/** QA report for the open document or all documents; click to jump, "not an error" to dismiss. */
export class QaView {
  readonly el: HTMLElement;
  private readonly scope = h('select', {
    class: 'select',
    i18nAria: 'qaView.scope',
    attrs: { 'data-testid': 'qa-scope' },
  });
  private readonly showIgnored = h('input', { attrs: { type: 'checkbox' } });
  private readonly list = h('tbody');
  private readonly summary = h('span', { class: 'muted', attrs: { 'data-testid': 'qa-summary' } });
  private issues: QaIssue[] = [];
  private documentId: number | null = null;

  constructor(private readonly deps: QaDeps) {
    this.scope.append(
      h('option', { i18n: 'qaView.thisDocument', attrs: { value: 'doc' } }),
      h('option', { i18n: 'qaView.allDocuments', attrs: { value: 'all' } }),
    );
    this.showIgnored.addEventListener('change', () => this.render());
    this.el = h(
      'div',
      { class: 'page qa-page' },
      h(
        'header',
        { class: 'page-header' },
        h('h2', { i18n: 'qaView.title' }),
        this.summary,
        h('span', { class: 'spacer' }),
        this.scope,
        h('label', { class: 'check' }, this.showIgnored, h('span', { i18n: 'qaView.showIgnored' })),
        h('button', {
          class: 'btn btn-primary',
          i18n: 'qaView.run',
          attrs: { type: 'button', 'data-testid': 'qa-run' },
          on: { click: () => void this.run() },
        }),
      ),
      h(
        'div',
        { class: 'table-wrap' },
        h(
          'table',
          { class: 'table qa-table' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { i18n: 'qaView.severity' }),
              h('th', { i18n: 'qaView.message' }),
              h('th', { i18n: 'qaView.document' }),
              h('th', { i18n: 'qaView.segment' }),
              h('th', { i18n: 'qaView.text' }),
              h('th', {}),
            ),
          ),
          this.list,
        ),
      ),
    );
  }

  /** Show the view for a document (null: all documents) and run the checks. */
  async show(documentId: number | null): Promise<void> {
    this.documentId = documentId ?? this.deps.currentDocument();
    const docOption = this.scope.querySelector<HTMLOptionElement>('option[value="doc"]');
    if (docOption) docOption.disabled = this.documentId === null;
    this.scope.value = this.documentId === null ? 'all' : 'doc';
    await this.run();
  }

  private async run(): Promise<void> {
    const ids = this.scope.value === 'doc' && this.documentId !== null ? [this.documentId] : undefined;
    try {
      this.issues = await withProgress('qaRun', (opts) =>
        this.deps.api.call('qa.run', ids ? { documentIds: ids } : {}, opts),
      );
    } catch (err) {
      toastError(err);
      this.issues = [];
    }
    this.render();
  }

  render(): void {
    clear(this.list);
    const visible = this.issues.filter((i) => this.showIgnored.checked || !i.ignored);
    const errors = visible.filter((i) => i.severity === 'error' && !i.ignored).length;
    setI18n(this.summary, 'qaView.summary', {
      count: formatNumber(visible.length),
      errors: formatNumber(errors),
    });
    if (visible.length === 0) {
      this.list.append(
        h('tr', {}, h('td', { class: 'empty-note', i18n: 'qaView.none', attrs: { colspan: '6' } })),
      );
      return;
    }
    for (const issue of visible) this.list.append(this.row(issue));
  }

  private row(issue: QaIssue): HTMLElement {
    const jump = (): void => this.deps.openSegment(issue.documentId, issue.segment);
    const toggle = h('button', {
      class: 'btn btn-small',
      i18n: issue.ignored ? 'qaView.restore' : 'qaView.ignore',
      attrs: { type: 'button' },
      on: {
        click: (e) => {
          e.stopPropagation();
          void this.setIgnored(issue, !issue.ignored);
        },
      },
    });
    return h(
      'tr',
      {
        class: `qa-row sev-${issue.severity}${issue.ignored ? ' is-ignored' : ''}`,
        attrs: { tabindex: '0' },
        on: { click: jump, keydown: (e) => e.key === 'Enter' && jump() },
      },
      h(
        'td',
        {},
        h('span', { class: `sev-badge sev-${issue.severity}`, i18n: `severity.${issue.severity}` }),
      ),
      h('td', {
        text: t(issue.message, { ...isolateParams(localParams(issue.params)), defaultValue: issue.check }),
      }),
      h('td', { class: 'muted', text: issue.document, attrs: { dir: dirOf(issue.document) } }),
      h('td', { class: 'num', text: formatNumber(issue.segment + 1) }),
      h('td', { class: 'qa-text', text: issue.text, attrs: { dir: 'auto' } }),
      h('td', {}, toggle),
    );
  }

  private async setIgnored(issue: QaIssue, ignored: boolean): Promise<void> {
    try {
      await this.deps.api.call('qa.setIgnored', { key: issue.key, ignored });
      issue.ignored = ignored;
      this.render();
    } catch (err) {
      toastError(err);
    }
  }
}
