/**
 * What the menu items do: native dialogs, file I/O in main, one dispatcher call, then an event so the
 * renderer refreshes. No business logic: the services decide everything about the content.
 */
import { dialog } from 'electron';
import type { BrowserWindow, FileFilter } from 'electron';
import type { ApiResponse, ExportedFile } from '../shared/api';
import type { AppEvent } from '../shared/api/bridge';
import { AppError, formatError, isSerializedError } from '../shared/errors';
import type { DocumentSummary, ExportFormat, GlossaryFormat, GlossaryImportReport } from '../shared/model';
import type { Dispatch } from '../server/dispatch';
import { writeFileAtomically } from '../server/atomic-write';
import { readFileForImport } from './file-io';
import type { MenuActions } from './menu';

export interface MenuActionDeps {
  dispatch: Dispatch;
  getWindow(): BrowserWindow | null;
  notify(event: AppEvent): void;
}

/** Thrown to end an action after the user was told why (or cancelled). */
class Handled extends Error {}

export function createMenuActions(deps: MenuActionDeps): MenuActions {
  const { dispatch, notify } = deps;

  async function call<T>(method: string, input: unknown): Promise<T> {
    const res = (await dispatch(method, input)) as ApiResponse<T>;
    if (res.ok) return res.result;
    throw isSerializedError(res.error)
      ? new AppError(res.error.code, res.error.params)
      : new Error(res.error.code);
  }

  async function showError(message: string, detail: string): Promise<void> {
    const win = deps.getWindow();
    const options = { type: 'error' as const, title: 'Barabar', message, detail };
    await (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
  }

  async function showInfo(message: string, detail = ''): Promise<void> {
    const win = deps.getWindow();
    const options = { type: 'info' as const, title: 'Barabar', message, detail };
    await (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
  }

  async function pickFiles(title: string, filters: FileFilter[], multi: boolean): Promise<string[]> {
    const win = deps.getWindow();
    const properties: ('openFile' | 'multiSelections')[] = multi
      ? ['openFile', 'multiSelections']
      : ['openFile'];
    const options = { title, properties, filters: [...filters, { name: 'All files', extensions: ['*'] }] };
    const res = await (win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options));
    return res.canceled ? [] : res.filePaths;
  }

  async function saveExport(file: ExportedFile, title: string): Promise<void> {
    const win = deps.getWindow();
    const options = { title, defaultPath: file.fileName };
    const res = await (win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options));
    if (res.canceled || !res.filePath) return;
    writeFileAtomically(res.filePath, [file.content]);
  }

  /** Menu clicks are fire-and-forget: every failure ends in a dialog, never an unhandled rejection. */
  function run(label: string, action: () => Promise<void>): () => void {
    return () => {
      action().catch((err: unknown) => {
        if (err instanceof Handled) return;
        const text = err instanceof AppError ? formatError(err) : 'Unexpected error; details are in the log.';
        if (!(err instanceof AppError))
          process.stderr.write(`[barabar] ${label}: ${err instanceof Error ? err.stack : String(err)}\n`);
        void showError(`${label} failed`, text);
      });
    };
  }

  return {
    openReports: run('Open Reports', async () => {
      const paths = await pickFiles('Open Reports', [{ name: 'Text reports', extensions: ['txt'] }], true);
      const failures: string[] = [];
      let imported = 0;
      for (const path of paths) {
        try {
          await call<{ document: DocumentSummary }>(
            'documents.import',
            await readFileForImport(path, 'report'),
          );
          imported++;
        } catch (err) {
          failures.push(err instanceof AppError ? formatError(err) : `${path}: unexpected error`);
        }
      }
      if (imported > 0) notify({ type: 'documents-changed' });
      if (failures.length > 0)
        await showError(`${failures.length} of ${paths.length} file(s) not imported`, failures.join('\n'));
    }),

    importGlossary: run('Import Glossary', async () => {
      const [path] = await pickFiles(
        'Import Glossary',
        [{ name: 'Glossary (TBX, TSV, CSV)', extensions: ['tbx', 'xml', 'tsv', 'csv', 'txt'] }],
        false,
      );
      if (!path) return;
      const report = await call<GlossaryImportReport>(
        'glossary.import',
        await readFileForImport(path, 'glossary'),
      );
      if (report.applied) notify({ type: 'glossary-changed' });
      const problems = [...report.conflicts, ...report.rejected]
        .slice(0, 20)
        .map((r) => `${r.where}: ${r.reason}`);
      await (report.applied ? showInfo : showError)(
        report.applied
          ? `Glossary imported: ${report.added} added, ${report.updated} updated, ${report.unchanged} unchanged.`
          : `Nothing imported: ${report.conflicts.length} conflict(s), ${report.rejected.length} rejected row(s).`,
        problems.join('\n'),
      );
    }),

    exportGlossary: (format: GlossaryFormat) =>
      run('Export Glossary', async () => {
        await saveExport(await call<ExportedFile>('glossary.export', { format }), 'Export Glossary');
      })(),

    exportTranslations: (format: ExportFormat) =>
      run('Export Translations', async () => {
        const documents = await call<DocumentSummary[]>('documents.list', {});
        if (documents.length === 0) {
          await showInfo(
            'There are no documents to export yet.',
            'Open reports first (File → Open Reports…).',
          );
          throw new Handled();
        }
        const file = await call<ExportedFile>('exchange.export', {
          documentIds: documents.map((d) => d.id),
          format,
        });
        await saveExport(file, 'Export Translations');
      })(),

    openView: (view) => notify({ type: 'open-view', view }),

    about: run('About', async () => {
      const info = await call<{ version: string; dbPath: string; schemaVersion: number }>('app.info', {});
      await showInfo(
        `Barabar ${info.version}`,
        `Persian → English translation workbench.\n\nDatabase: ${info.dbPath}\nSchema version: ${info.schemaVersion}\nElectron ${process.versions.electron ?? '?'}, Chromium ${process.versions.chrome ?? '?'}`,
      );
    }),
  };
}
