import { QA_SEVERITIES, type QaIssue } from '../../../../shared/model';
import { dirOf } from '../../i18n/bidi';
import type { RendererApiClient } from '../../api/client';
import { counted, formatNumber, isolateParams, t } from '../../i18n/i18n';
import { clear, h, setI18n } from '../../ui/dom';
import { toastError } from '../../ui/toast';
import { withProgress } from '../../ui/job-progress';
import { openQaProfileDialog } from './qa-profile-dialog';
import {
  countsByCheck,
  DEFAULT_QA_FILTER,
  documentsOf,
  filterIssues,
  reportRows,
  type QaFilter,
  type QaStatusFilter,
} from './qa-report';

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

const select = (aria: string, testid: string): HTMLSelectElement =>
  h('select', { class: 'select select-small', i18nAria: aria, attrs: { 'data-testid': testid } });

/**
 * QA report for the open document or all documents, to be worked through: filters by severity, check,
 * document and status, counts per check, untranslated segments folded per document; click to jump,
 * "not an error" to dismiss.
 */
export class QaView {
  readonly el: HTMLElement;
  private readonly scope = h('select', {
    class: 'select',
    i18nAria: 'qaView.scope',
    attrs: { 'data-testid': 'qa-scope' },
  });
  private readonly severitySelect = select('qaView.filterSeverity', 'qa-filter-severity');
  private readonly checkSelect = select('qaView.filterCheck', 'qa-filter-check');
  private readonly documentSelect = select('qaView.filterDocument', 'qa-filter-document');
  private readonly statusSelect = select('qaView.filterStatus', 'qa-filter-status');
  private readonly hideUntranslated = h('input', {
    attrs: { type: 'checkbox', 'data-testid': 'qa-hide-untranslated' },
  });
  private readonly list = h('tbody');
  private readonly summary = h('span', { class: 'muted', attrs: { 'data-testid': 'qa-summary' } });
  private issues: QaIssue[] = [];
  private documentId: number | null = null;
  private filter: QaFilter = { ...DEFAULT_QA_FILTER };
  private readonly expanded = new Set<number>();

  constructor(private readonly deps: QaDeps) {
    this.scope.append(
      h('option', { i18n: 'qaView.thisDocument', attrs: { value: 'doc' } }),
      h('option', { i18n: 'qaView.allDocuments', attrs: { value: 'all' } }),
    );
    this.severitySelect.append(
      h('option', { i18n: 'qaView.allSeverities', attrs: { value: 'all' } }),
      ...QA_SEVERITIES.map((s) => h('option', { i18n: `severity.${s}`, attrs: { value: s } })),
    );
    this.statusSelect.append(
      ...(['open', 'ignored', 'all'] as const).map((s) =>
        h('option', { i18n: `qaView.status.${s}`, attrs: { value: s } }),
      ),
    );
    const onFilter = (): void => {
      const severity = this.severitySelect.value;
      const doc = this.documentSelect.value;
      this.filter = {
        severity: severity === 'all' ? 'all' : (severity as QaFilter['severity']),
        check: this.checkSelect.value || 'all',
        documentId: doc === 'all' || doc === '' ? 'all' : Number(doc),
        status: this.statusSelect.value as QaStatusFilter,
        hideUntranslated: this.hideUntranslated.checked,
      };
      this.render();
    };
    for (const el of [this.severitySelect, this.checkSelect, this.documentSelect, this.statusSelect])
      el.addEventListener('change', onFilter);
    this.hideUntranslated.addEventListener('change', onFilter);
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
        h('button', {
          class: 'btn',
          i18n: 'qaProfile.open',
          attrs: { type: 'button', 'data-testid': 'qa-profile-open' },
          on: { click: () => void this.editProfile() },
        }),
        h('button', {
          class: 'btn btn-primary',
          i18n: 'qaView.run',
          attrs: { type: 'button', 'data-testid': 'qa-run' },
          on: { click: () => void this.run() },
        }),
      ),
      h(
        'div',
        { class: 'qa-filters', attrs: { 'data-testid': 'qa-filters' } },
        this.severitySelect,
        this.checkSelect,
        this.documentSelect,
        this.statusSelect,
        h('label', { class: 'check' }, this.hideUntranslated, h('span', { i18n: 'qaView.hideUntranslated' })),
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

  /** Check and document menus list what the current issues contain, each check with its count. */
  private renderMenus(): void {
    const counts = countsByCheck(this.issues, this.filter);
    if (this.filter.check !== 'all' && !counts.has(this.filter.check)) counts.set(this.filter.check, 0);
    clear(this.checkSelect);
    this.checkSelect.append(h('option', { i18n: 'qaView.allChecks', attrs: { value: 'all' } }));
    for (const [check, n] of counts) {
      const name = t(`qaCheck.${check}`, { defaultValue: check });
      this.checkSelect.append(h('option', { text: `${name} (${formatNumber(n)})`, attrs: { value: check } }));
    }
    this.checkSelect.value = this.filter.check;
    clear(this.documentSelect);
    this.documentSelect.append(h('option', { i18n: 'qaView.allDocumentsFilter', attrs: { value: 'all' } }));
    for (const d of documentsOf(this.issues))
      this.documentSelect.append(h('option', { text: d.name, attrs: { value: String(d.id), dir: 'auto' } }));
    this.documentSelect.value = String(this.filter.documentId);
  }

  render(): void {
    clear(this.list);
    this.renderMenus();
    const visible = filterIssues(this.issues, this.filter);
    const errors = visible.filter((i) => i.severity === 'error' && !i.ignored).length;
    setI18n(this.summary, 'qaView.summary', {
      issues: counted('qaView.issueCount', visible.length),
      errors: counted('qaView.errorCount', errors),
    });
    if (visible.length === 0) {
      this.list.append(
        h('tr', {}, h('td', { class: 'empty-note', i18n: 'qaView.none', attrs: { colspan: '6' } })),
      );
      return;
    }
    for (const row of reportRows(visible, this.expanded)) {
      this.list.append(
        row.kind === 'issue'
          ? this.row(row.issue)
          : this.groupRow(row.documentId, row.document, row.issues.length, row.expanded),
      );
    }
  }

  /** One row for a document's untranslated segments; click to list them one by one. */
  private groupRow(documentId: number, document: string, count: number, expanded: boolean): HTMLElement {
    const toggle = (): void => {
      if (expanded) this.expanded.delete(documentId);
      else this.expanded.add(documentId);
      this.render();
    };
    return h(
      'tr',
      {
        class: `qa-group${expanded ? ' is-expanded' : ''}`,
        attrs: { tabindex: '0', 'aria-expanded': String(expanded), 'data-testid': 'qa-untranslated-group' },
        on: { click: toggle, keydown: (e) => e.key === 'Enter' && toggle() },
      },
      h('td', {}, h('span', { class: 'sev-badge sev-warning', i18n: 'severity.warning' })),
      h('td', { text: t('qaView.untranslatedGroup', { n: formatNumber(count), count }) }),
      h('td', { class: 'muted', text: document, attrs: { dir: dirOf(document) } }),
      h('td', {}),
      h('td', {}),
      h('td', {}, h('span', { class: 'muted', i18n: expanded ? 'qaView.collapse' : 'qaView.expand' })),
    );
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

  /** The profile decides which checks run: a saved change re-runs the report. */
  private async editProfile(): Promise<void> {
    try {
      if (await openQaProfileDialog(this.deps.api)) await this.run();
    } catch (err) {
      toastError(err);
    }
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
