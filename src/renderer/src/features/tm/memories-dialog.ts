import type { TmMemoryInfo } from '../../../../shared/tm';
import type { RendererApiClient } from '../../api/client';
import { errorMessage } from '../../i18n/errors';
import { formatNumber, isolate, t } from '../../i18n/i18n';
import { confirmDialog } from '../../ui/dialog';
import { clear, h } from '../../ui/dom';
import { downloadText, fileToBase64, pickFiles } from '../../ui/files';
import { withProgress } from '../../ui/job-progress';
import { toast } from '../../ui/toast';
import { memoryNameOf } from './memory-name';

/**
 * The memories: the project memory (every confirmed segment) and the reference memories imported from
 * TMX, with their unit counts. Import a TMX file (with progress and Cancel), remove a reference memory,
 * export the project memory as TMX.
 */
export function openMemories(api: RendererApiClient, onChanged: () => void = () => undefined): void {
  document.querySelector('dialog.memories-dialog')?.remove();
  const list = h('table', { class: 'memories-table', attrs: { 'data-testid': 'tm-memories' } });
  const error = h('p', { class: 'dialog-error', attrs: { role: 'alert' } });
  const busy =
    (el: HTMLButtonElement, run: () => Promise<void>): (() => void) =>
    () => {
      el.disabled = true;
      error.textContent = '';
      run()
        .catch((err: unknown) => (error.textContent = errorMessage(err)))
        .finally(() => (el.disabled = false));
    };

  const render = async (): Promise<void> => {
    const memories = await api.call('tm.list', {});
    clear(list);
    list.append(
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { i18n: 'tm.mem.name', attrs: { scope: 'col' } }),
          h('th', { i18n: 'tm.mem.file', attrs: { scope: 'col' } }),
          h('th', { class: 'num', i18n: 'tm.mem.units', attrs: { scope: 'col' } }),
          h('th', { attrs: { scope: 'col' } }),
        ),
      ),
    );
    const body = h('tbody');
    for (const m of memories) body.append(row(m));
    list.append(body);
  };

  const row = (m: TmMemoryInfo): HTMLElement => {
    const project = m.kind === 'project';
    const remove = h('button', {
      class: 'btn btn-small btn-danger-ghost',
      i18n: 'tm.mem.remove',
      attrs: { type: 'button', 'data-testid': 'tm-remove' },
    });
    remove.addEventListener(
      'click',
      busy(remove, async () => {
        if (!(await confirmDialog('tm.mem.removeConfirm', { name: m.name }, 'tm.mem.remove'))) return;
        await api.call('tm.remove', { name: m.name });
        onChanged();
        await render();
      }),
    );
    return h(
      'tr',
      { attrs: { 'data-memory': m.name } },
      h(
        'th',
        { attrs: { scope: 'row' } },
        project ? h('span', { i18n: 'tm.projectMemory' }) : h('bdi', { text: m.name }),
      ),
      h(
        'td',
        {},
        m.file
          ? h('bdi', { text: m.file })
          : h('span', { class: 'muted', i18n: project ? 'tm.mem.confirmed' : 'tm.mem.noFile' }),
      ),
      h('td', { class: 'num', text: formatNumber(m.units) }),
      h('td', {}, project ? null : remove),
    );
  };

  const importBtn = h('button', {
    class: 'btn',
    i18n: 'tm.mem.import',
    attrs: { type: 'button', 'data-testid': 'tm-import' },
  });
  importBtn.addEventListener(
    'click',
    busy(importBtn, async () => {
      const [file] = await pickFiles('.tmx', false);
      if (!file) return;
      const contentBase64 = await fileToBase64(file);
      const res = await withProgress('tmImport', (opts) =>
        api.call('tm.import', { fileName: file.name, contentBase64, name: memoryNameOf(file.name) }, opts),
      );
      toast(t('tm.mem.imported', { name: isolate(res.name), n: formatNumber(res.units), count: res.units }));
      onChanged();
      await render();
    }),
  );
  const exportBtn = h('button', {
    class: 'btn',
    i18n: 'tm.mem.export',
    attrs: { type: 'button', 'data-testid': 'tm-export' },
  });
  exportBtn.addEventListener(
    'click',
    busy(exportBtn, async () => {
      const file = await withProgress('tmExport', (opts) => api.call('tm.export', {}, opts));
      downloadText(file.fileName, file.mime, file.content);
    }),
  );
  const close = h('button', { class: 'btn', i18n: 'tm.close', attrs: { type: 'button' } });
  const dialog = h(
    'dialog',
    { class: 'dialog memories-dialog', attrs: { 'data-testid': 'memories' } },
    h('h2', { class: 'dialog-title', i18n: 'tm.mem.title' }),
    h('p', { class: 'muted', i18n: 'tm.mem.intro' }),
    h('div', { class: 'memories-scroll' }, list),
    error,
    h('div', { class: 'dialog-actions' }, importBtn, exportBtn, h('span', { class: 'spacer' }), close),
  );
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  render().catch((err: unknown) => (error.textContent = errorMessage(err)));
}
