/**
 * Sandboxed preload: exposes exactly `window.barabar = { call, onEvent }`. Every call travels on the one
 * API channel as `{ method, input }`; the page can neither pick a channel nor reach ipcRenderer, and the
 * main process checks the sender and the method name. No method list here: the dispatcher answers
 * `not_found` for a name it does not know, so the bundle stays zod-free and a few kB.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { API_CALL_CHANNEL, APP_EVENT_CHANNEL } from '../shared/api/bridge';
import type { ApiCallMessage, AppEvent, BarabarBridge } from '../shared/api/bridge';

const bridge: BarabarBridge = {
  call(method, input) {
    const message: ApiCallMessage = { method: String(method), input };
    return ipcRenderer.invoke(API_CALL_CHANNEL, message);
  },
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
