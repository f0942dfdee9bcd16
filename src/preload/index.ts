/**
 * Sandboxed preload: exposes exactly `window.barabar = { api, onEvent }`. Each API function is bound
 * to its own channel here, so the page can neither pick a channel name nor reach ipcRenderer.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { API_METHOD_NAMES, APP_EVENT_CHANNEL, ipcChannelOf } from '../shared/api-methods';
import type { AppEvent, BarabarBridge } from '../shared/api-methods';

const api = Object.fromEntries(
  API_METHOD_NAMES.map((method) => {
    const channel = ipcChannelOf(method);
    return [method, (input: unknown) => ipcRenderer.invoke(channel, input)];
  }),
) as BarabarBridge['api'];

const bridge: BarabarBridge = {
  api,
  onEvent(cb) {
    // The IpcRendererEvent (which carries `sender`) is dropped: the page sees only the payload.
    const listener = (_event: IpcRendererEvent, payload: AppEvent): void => {
      cb({ type: payload.type, ...(typeof payload.view === 'string' ? { view: payload.view } : {}) });
    };
    ipcRenderer.on(APP_EVENT_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(APP_EVENT_CHANNEL, listener);
    };
  },
};

contextBridge.exposeInMainWorld('barabar', bridge);
