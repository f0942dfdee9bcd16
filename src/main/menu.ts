/**
 * The native menu as a template (type-only electron import, so it is unit-tested). Labels are
 * English: main has no i18n, and the menu is the one piece of UI the renderer does not draw.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuView } from '../shared/api/bridge';
import type { ExportFormat, GlossaryFormat } from '../shared/model';

export interface MenuActions {
  openReports(): void;
  importGlossary(): void;
  exportGlossary(format: GlossaryFormat): void;
  exportTranslations(format: ExportFormat): void;
  openView(view: MenuView): void;
  about(): void;
}

export const GLOSSARY_EXPORT_LABELS: Readonly<Record<GlossaryFormat, string>> = {
  tbx: 'TBX (ISO 30042)…',
  'tbx-basic': 'TBX-Basic…',
  tsv: 'TSV…',
  csv: 'CSV…',
};

export const TRANSLATION_EXPORT_LABELS: Readonly<Record<ExportFormat, string>> = {
  tmx: 'TMX 1.4b…',
  xliff: 'XLIFF 2.1…',
  xliff12: 'XLIFF 1.2…',
  tsv: 'TSV…',
  csv: 'CSV…',
  html: 'Bilingual HTML…',
};

function formatItems<F extends string>(
  labels: Readonly<Record<F, string>>,
  run: (format: F) => void,
): MenuItemConstructorOptions[] {
  return (Object.keys(labels) as F[]).map((format) => ({ label: labels[format], click: () => run(format) }));
}

/** DevTools only in development (`electron-vite dev`): a shipped app has no console into its renderer. */
export function buildMenuTemplate(
  actions: MenuActions,
  platform: NodeJS.Platform,
  opts: { devTools: boolean } = { devTools: false },
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    {
      label: '&File',
      submenu: [
        { label: 'Open Reports…', accelerator: 'CmdOrCtrl+O', click: () => actions.openReports() },
        { type: 'separator' },
        { label: 'Import Glossary…', click: () => actions.importGlossary() },
        {
          label: 'Export Glossary (TBX/TSV/CSV)',
          submenu: formatItems(GLOSSARY_EXPORT_LABELS, (f) => actions.exportGlossary(f)),
        },
        { type: 'separator' },
        {
          label: 'Export Translations (TMX/XLIFF/…)',
          submenu: formatItems(TRANSLATION_EXPORT_LABELS, (f) => actions.exportTranslations(f)),
        },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        { label: 'Documents', click: () => actions.openView('documents') },
        { label: 'Glossary', click: () => actions.openView('glossary') },
        { label: 'QA', click: () => actions.openView('qa') },
        { type: 'separator' },
        {
          label: 'Toggle UI Language (English / فارسی)',
          click: () => actions.openView('toggle-ui-language'),
        },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'togglefullscreen' },
        ...(opts.devTools
          ? ([{ type: 'separator' }, { role: 'toggleDevTools' }] satisfies MenuItemConstructorOptions[])
          : []),
      ],
    },
    { label: '&Help', role: 'help', submenu: [{ label: 'About Barabar', click: () => actions.about() }] },
  ];
  return isMac ? [{ role: 'appMenu' }, ...template] : template;
}
