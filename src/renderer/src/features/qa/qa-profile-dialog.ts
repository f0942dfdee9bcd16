/**
 * The team's QA profile, edited in the QA view: each check on or off, and its severity. Saved to the
 * database (the app's QA and `barabar qa` both use it); exported/imported as the small JSON file a team
 * shares. The export writes what the dialog shows, so a just-edited profile can be shared before saving.
 */
import { defaultQaProfile, serializeQaProfile } from '../../../../core/qa/profile';
import { QA_SEVERITIES, type QaProfile, type QaSeverity } from '../../../../shared/model';
import type { RendererApiClient } from '../../api/client';
import { t } from '../../i18n/i18n';
import { openDialog } from '../../ui/dialog';
import { h } from '../../ui/dom';
import { downloadText, fileToBase64, pickFiles } from '../../ui/files';
import { toast, toastError } from '../../ui/toast';

interface Row {
  id: string;
  enabled: HTMLInputElement;
  severity: HTMLSelectElement;
}

function checkRow(id: string): { row: Row; el: HTMLElement } {
  const enabled = h('input', { attrs: { type: 'checkbox', 'data-testid': `qa-profile-enabled-${id}` } });
  const severity = h('select', {
    class: 'select select-small',
    attrs: { 'data-testid': `qa-profile-severity-${id}`, 'aria-label': t('qaProfile.severity') },
  });
  severity.append(...QA_SEVERITIES.map((s) => h('option', { i18n: `severity.${s}`, attrs: { value: s } })));
  const name = h('span', { text: t(`qaCheck.${id}`, { defaultValue: id }) });
  enabled.addEventListener('change', () => el.classList.toggle('is-off', !enabled.checked));
  const el = h(
    'tr',
    { class: 'qa-profile-row', attrs: { 'data-check': id } },
    h('td', {}, h('label', { class: 'check' }, enabled, name)),
    h('td', {}, severity),
  );
  return { row: { id, enabled, severity }, el };
}

function fill(rows: readonly Row[], profile: QaProfile): void {
  for (const r of rows) {
    const s = profile.checks[r.id];
    if (!s) continue;
    r.enabled.checked = s.enabled;
    r.enabled.dispatchEvent(new Event('change'));
    r.severity.value = s.severity;
  }
}

function read(rows: readonly Row[]): QaProfile {
  const checks: QaProfile['checks'] = {};
  for (const r of rows)
    checks[r.id] = { enabled: r.enabled.checked, severity: r.severity.value as QaSeverity };
  return { checks };
}

/** Opens the profile editor; resolves with the saved profile, or null when cancelled. */
export async function openQaProfileDialog(api: RendererApiClient): Promise<QaProfile | null> {
  const profile = await api.call('qa.getProfile', {});
  const defaults = defaultQaProfile();
  const built = Object.keys(profile.checks).map(checkRow);
  const rows = built.map((b) => b.row);
  fill(rows, profile);
  const importFile = async (): Promise<void> => {
    const [file] = await pickFiles('.json,application/json', false);
    if (!file) return;
    try {
      const stored = await api.call('qa.importProfile', {
        fileName: file.name,
        contentBase64: await fileToBase64(file),
      });
      fill(rows, stored);
      toast(t('qaProfile.imported'));
    } catch (err) {
      toastError(err);
    }
  };
  const button = (key: string, testid: string, click: () => void): HTMLButtonElement =>
    h('button', {
      class: 'btn btn-small',
      i18n: key,
      attrs: { type: 'button', 'data-testid': testid },
      on: { click },
    });
  const body = h(
    'div',
    { class: 'dialog-body', attrs: { 'data-testid': 'qa-profile' } },
    h('p', { class: 'muted', i18n: 'qaProfile.hint' }),
    h(
      'div',
      { class: 'qa-profile-scroll' },
      h(
        'table',
        { class: 'table qa-profile-table' },
        h(
          'thead',
          {},
          h('tr', {}, h('th', { i18n: 'qaProfile.check' }), h('th', { i18n: 'qaProfile.severity' })),
        ),
        h('tbody', {}, ...built.map((b) => b.el)),
      ),
    ),
    h(
      'div',
      { class: 'qa-profile-tools' },
      button('qaProfile.import', 'qa-profile-import', () => void importFile()),
      button('qaProfile.export', 'qa-profile-export', () =>
        downloadText('qa-profile.json', 'application/json', serializeQaProfile(read(rows))),
      ),
      button('qaProfile.reset', 'qa-profile-reset', () => fill(rows, defaults)),
    ),
  );
  return openDialog({
    titleKey: 'qaProfile.title',
    body,
    submitKey: 'qaProfile.save',
    className: 'qa-profile-dialog',
    onSubmit: () => api.call('qa.setProfile', { profile: read(rows) }),
  });
}
