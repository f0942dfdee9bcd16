/** The main window: hardened webPreferences, remembered geometry, shown once painted. */
import { BrowserWindow, screen } from 'electron';
import { webPreferencesFor } from './security';
import { DEFAULT_SIZE, loadWindowState, saveWindowState } from './window-state';

export interface MainWindowOptions {
  preloadPath: string;
  /** app://barabar/index.html, or the electron-vite dev server URL. */
  url: string;
  stateFile: string;
  /** Development (`electron-vite dev`) only. */
  devTools: boolean;
}

export function createMainWindow(opts: MainWindowOptions): BrowserWindow {
  const displays = screen.getAllDisplays().map((d) => d.workArea);
  const state = loadWindowState(opts.stateFile, displays);
  const win = new BrowserWindow({
    ...DEFAULT_SIZE,
    ...state.bounds,
    minWidth: 480,
    minHeight: 320,
    show: false,
    title: 'Barabar',
    backgroundColor: '#ffffff',
    webPreferences: webPreferencesFor(opts.preloadPath, { devTools: opts.devTools }),
  });
  if (state.maximized) win.maximize();
  // Avoids a white flash and a half-laid-out Monaco on start.
  win.once('ready-to-show', () => win.show());

  win.on('close', () => {
    try {
      saveWindowState(opts.stateFile, { bounds: win.getNormalBounds(), maximized: win.isMaximized() });
    } catch (err) {
      // Losing the window geometry is not worth blocking the quit for.
      process.stderr.write(`[barabar] could not save window state: ${String(err)}\n`);
    }
  });

  void win.loadURL(opts.url);
  return win;
}
