/**
 * Import a glossary, an XLIFF, a TMX or a Word review table with a preview first: the import runs as a
 * dry run (the server computes exactly what it would write, then writes nothing), the dialog shows it, and
 * Apply runs it for real. For glossaries the conflict choice is part of the preview and re-runs it.
 */
import { CONFLICT_STRATEGIES, type ConflictStrategy } from '../../../../shared/model';
import type { RendererApiClient } from '../../api/client';
import { errorMessage } from '../../i18n/errors';
import { t } from '../../i18n/i18n';
import { openDialog } from '../../ui/dialog';
import { clear, h } from '../../ui/dom';
import { fileToBase64 } from '../../ui/files';
import { withProgress } from '../../ui/job-progress';
import { toast } from '../../ui/toast';
import { importKindOf, type ImportKind } from './import-kinds';

const MAX_LISTED = 50;

/** Runs one import (preview or real) and describes the result as lines for the dialog or a toast. */
async function runImport(
  api: RendererApiClient,
  kind: ImportKind,
  upload: { fileName: string; contentBase64: string },
  dryRun: boolean,
  onConflict: ConflictStrategy,
): Promise<{ summary: string; details: string[]; applied: boolean }> {
  switch (kind) {
    case 'glossary': {
      // A large glossary takes a while to plan and write: the shared progress panel with Cancel.
      const r = await withProgress('glossaryImport', (opts) =>
        api.call('glossary.import', { ...upload, onConflict, dryRun }, opts),
      );
      return {
        summary: t('exchange.preview.glossary', {
          added: r.added,
          updated: r.updated,
          unchanged: r.unchanged,
          // Each counted noun is its own plural message (i18next picks the form from `count`).
          conflicts: t('exchange.preview.conflicts', { count: r.conflicts.length }),
          rejected: t('exchange.preview.rejected', { count: r.rejected.length }),
        }),
        details: [
          ...r.conflicts.map(
            (c) => `${c.where}: ${c.reason} → ${t(`exchange.action.${c.action ?? 'failed'}`)}`,
          ),
          ...r.rejected.map((x) => `${x.where}: ${x.reason}`),
        ],
        applied: r.applied,
      };
    }
    case 'xliff': {
      const r = await withProgress('xliffImport', (opts) =>
        api.call('exchange.importXliff', { ...upload, dryRun }, opts),
      );
      return {
        summary: t('exchange.preview.xliff', {
          count: r.applied,
          unchanged: r.unchanged,
          mismatched: r.mismatched.length,
        }),
        details: r.mismatched.map((m) => `${m.unit}: ${m.reason}`),
        applied: true,
      };
    }
    case 'tmx': {
      const r = await withProgress('tmxImport', (opts) =>
        api.call('exchange.importTmx', { ...upload, dryRun }, opts),
      );
      // The file becomes a reference memory of its own, named after the file: say which.
      const summary = t(r.dryRun ? 'exchange.preview.tmxInto' : 'exchange.tmxImported', {
        count: r.units,
        memory: r.memory,
      });
      return { summary, details: [], applied: true };
    }
    case 'review': {
      const r = await withProgress('reviewImport', (opts) =>
        api.call('exchange.importReview', { ...upload, dryRun }, opts),
      );
      return {
        summary: t('exchange.preview.review', {
          document: r.document,
          count: r.applied.length,
          unchanged: r.unchanged,
        }),
        details: [
          ...r.applied.map((a) => `${a.segment}: ${a.before || '∅'} → ${a.after}`),
          ...r.comments.map((c) => `${c.segment} 💬 ${c.comment}`),
        ],
        applied: true,
      };
    }
  }
}

/** `forced` when the caller knows the kind (the glossary page imports only glossaries, .xml TBX too). */
export async function openImportDialog(
  api: RendererApiClient,
  file: File,
  forced?: ImportKind,
): Promise<boolean | null> {
  const kind = forced ?? importKindOf(file.name);
  if (!kind) {
    toast(t('exchange.unknownKind', { name: file.name }));
    return null;
  }
  const upload = { fileName: file.name, contentBase64: await fileToBase64(file) };
  const summary = h('p', { class: 'preview-summary', attrs: { 'data-testid': 'import-preview-summary' } });
  const details = h('ul', { class: 'preview-details', attrs: { 'data-testid': 'import-preview-details' } });
  const strategy = h('select', { class: 'select', attrs: { 'data-testid': 'conflict-strategy' } });
  for (const s of CONFLICT_STRATEGIES)
    strategy.append(h('option', { i18n: `exchange.conflict.${s}`, attrs: { value: s } }));
  const strategyField = h(
    'label',
    { class: 'field' },
    h('span', { i18n: 'exchange.conflict.label' }),
    strategy,
  );
  strategyField.hidden = kind !== 'glossary';

  const preview = async (): Promise<void> => {
    summary.textContent = t('exchange.preview.loading');
    clear(details);
    try {
      const r = await runImport(api, kind, upload, true, strategy.value as ConflictStrategy);
      summary.textContent = r.summary;
      for (const line of r.details.slice(0, MAX_LISTED))
        details.append(h('li', { text: line, attrs: { dir: 'auto' } }));
      if (r.details.length > MAX_LISTED)
        details.append(
          h('li', { i18n: 'exchange.preview.more', i18nParams: { count: r.details.length - MAX_LISTED } }),
        );
    } catch (err) {
      summary.textContent = errorMessage(err);
    }
  };
  strategy.addEventListener('change', () => void preview());

  const body = h(
    'div',
    { class: 'import-dialog-body' },
    h('p', { class: 'dialog-doc', text: file.name, attrs: { dir: 'auto' } }),
    h('p', { class: 'dialog-note', i18n: `exchange.kind.${kind}` }),
    strategyField,
    summary,
    details,
  );
  const done = openDialog({
    titleKey: 'exchange.importTitle',
    body,
    submitKey: 'exchange.apply',
    className: 'import-dialog',
    onSubmit: async () => {
      const r = await runImport(api, kind, upload, false, strategy.value as ConflictStrategy);
      if (!r.applied) {
        // A glossary with conflicts under "fail" (or rejected rows) imported nothing: stay open for a choice.
        summary.textContent = `${t('exchange.nothingImported')} ${r.summary}`;
        return null;
      }
      toast(r.summary);
      return true;
    },
  });
  await preview();
  return done;
}
