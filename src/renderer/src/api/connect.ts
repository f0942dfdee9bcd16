import { createApiClient, type RendererApiClient } from './client';
import { createHttpTransport } from './http-transport';
import { createIpcTransport } from './ipc-transport';
import { takeToken } from './token';
import type { BarabarBridge } from './transport';

declare global {
  interface Window {
    barabar?: BarabarBridge;
  }
}

/** IPC when the Electron preload is present, the loopback HTTP server otherwise. */
export function connectApi(): { api: RendererApiClient; bridge: BarabarBridge | null } {
  const bridge = window.barabar ?? null;
  if (bridge) return { api: createApiClient(createIpcTransport(bridge)), bridge };
  const token = takeToken({
    location: window.location,
    storage: window.sessionStorage,
    history: window.history,
  });
  return {
    api: createApiClient(createHttpTransport({ baseUrl: window.location.origin, token })),
    bridge: null,
  };
}
