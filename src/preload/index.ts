/**
 * Sandboxed preload: exposes exactly `window.barabar = { call, cancel, onEvent }`. Every call travels on
 * the one API channel as `{ method, input, job? }`; the page can neither pick a channel nor reach
 * ipcRenderer, and the main process checks the sender and the method name. No method list here: the
 * dispatcher answers `not_found` for a name it does not know, so the bundle stays zod-free and a few kB.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld('barabar', createBridge(ipcRenderer));
