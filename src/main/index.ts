/**
 * Electron main entry (bundled to out/main/index.cjs). Composition only: parse options, open the
 * services with the Electron build of better-sqlite3, harden the session, wire IPC, menu and window.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BrowserWindow, Menu, app, dialog, session } from 'electron';
import { startServiceHosts, type ServiceHosts } from '../server/host/service-hosts';
import { repoPaths, resolveDbPath, userDataDir } from '../server/paths';
import { APP_EVENT_CHANNEL } from '../shared/api/bridge';
import type { AppEvent } from '../shared/api/bridge';
import { formatError, isSerializedError } from '../shared/errors';
import { registerAppSchemePrivileges, serveRenderer } from './app-protocol';
import { parseMainArgs } from './args';
import { devRendererUrl, isDevelopment } from './dev-mode';
import { hardenAllWebContents, hardenSession } from './harden';
import { registerApiIpc, type IpcSenderEvent } from './ipc';
import { buildMenuTemplate } from './menu';
import { createMenuActions } from './menu-actions';
import { bindingErrorDialog, electronBindingPath } from './native-binding';
import { APP_ENTRY_URL, APP_ORIGIN, isTrustedSender, originOf } from './security';
import { startUtilityHost } from './service-process';
import { createMainWindow } from './window';

// electron-vite dev serves the renderer over http with hot reload; honoured under `electron-vite dev` only.
const devMode = { isPackaged: app.isPackaged, env: process.env };
const devUrl = devRendererUrl(devMode);
const rendererOrigin = devUrl ? (originOf(devUrl) ?? APP_ORIGIN) : APP_ORIGIN;

// The same folder the CLI and browser mode use by default (~/.config/Barabar, …), so all three doors
// share one database; Electron would otherwise derive it from package.json's lowercase name.
app.setPath('userData', userDataDir());
app.enableSandbox();
registerAppSchemePrivileges();
hardenAllWebContents();

if (!app.requestSingleInstanceLock()) {
  // A second instance would open the same database; focus the first one instead.
  app.quit();
} else {
  void app.whenReady().then(start);
}

let mainWindow: BrowserWindow | null = null;

function fatal(title: string, message: string, detail: string): void {
  dialog.showMessageBoxSync({ type: 'error', title, message, detail });
  app.exit(1);
}

async function start(): Promise<void> {
  const args = parseMainArgs(process.argv.slice(1));
  // --db FILE, else BARABAR_DB, else <userData>/barabar.sqlite.
  const dbPath = resolveDbPath(args.db, process.env);
  // From the app folder, not import.meta.url: this file runs bundled from out/main/.
  const paths = repoPaths(app.getAppPath());
  const nativeBinding = electronBindingPath(paths.root, app.isPackaged ? process.resourcesPath : undefined);
  const versions = { electron: process.versions.electron ?? '?', modules: process.versions.modules ?? '?' };
  if (!existsSync(nativeBinding)) {
    const d = bindingErrorDialog(nativeBinding, versions);
    return fatal(d.title, d.message, d.detail);
  }

  // The services run in utility processes (one for short calls, one for long jobs), so neither the
  // menus nor IPC ever wait for the database.
  let hosts: ServiceHosts;
  try {
    hosts = await startServiceHosts(
      {
        dbPath,
        nativeBinding,
        migrationsDir: paths.migrationsDir,
        seed: args.seed ? existingSeed(paths) : undefined,
      },
      startUtilityHost,
    );
  } catch (err) {
    if (isSerializedError(err)) return fatal('Barabar cannot open its database', formatError(err), dbPath);
    const cause = err instanceof Error ? err.message : String(err);
    const d = bindingErrorDialog(nativeBinding, versions, cause);
    return fatal(d.title, d.message, d.detail);
  }
  app.on('will-quit', () => void hosts.close());

  hardenSession(session.defaultSession, devUrl ? rendererOrigin : null);
  serveRenderer(paths.rendererDir);

  const dispatch = hosts.dispatch;
  registerApiIpc(dispatch, isOurMainFrame);

  const notify = (event: AppEvent): void => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(APP_EVENT_CHANNEL, event);
  };
  const actions = createMenuActions({ dispatch, getWindow: () => mainWindow, notify });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate(actions, process.platform, { devTools: isDevelopment(devMode) }),
    ),
  );

  openWindow();
  app.on('second-instance', () => {
    if (!mainWindow) return openWindow();
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
}

/** Only files that exist: a checkout without the shipped termbase still starts, with the reports. */
function existingSeed(paths: { corpusDir: string; glossaryFile: string }): {
  corpusDir?: string;
  glossaryFile?: string;
} {
  return {
    ...(existsSync(paths.corpusDir) ? { corpusDir: paths.corpusDir } : {}),
    ...(existsSync(paths.glossaryFile) ? { glossaryFile: paths.glossaryFile } : {}),
  };
}

function openWindow(): void {
  mainWindow = createMainWindow({
    preloadPath: join(__dirname, '..', 'preload', 'index.cjs'),
    url: devUrl ?? APP_ENTRY_URL,
    stateFile: join(app.getPath('userData'), 'window-state.json'),
    devTools: isDevelopment(devMode),
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function isOurMainFrame(event: IpcSenderEvent): boolean {
  const win = mainWindow;
  if (!win || win.isDestroyed() || event.sender !== win.webContents) return false;
  return isTrustedSender(event.senderFrame, win.webContents.mainFrame, rendererOrigin);
}

app.on('window-all-closed', () => {
  // macOS apps stay alive without windows; 'activate' reopens one.
  if (process.platform !== 'darwin') app.quit();
});
