/**
 * The Electron security policy as plain data and pure functions (only type imports from electron), so
 * tests can assert it without the Electron binary. harden.ts and window.ts wire these into Electron.
 */
import type { HandlerDetails, WebPreferences } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';

export { CONTENT_SECURITY_POLICY };

/**
 * The renderer is served from app://barabar/ rather than file://. A file:// page's origin covers every
 * file on disk (fetch('file:///etc/passwd') is "same-origin" for many purposes); a privileged standard
 * scheme gives a real, narrow origin that CSP 'self', the sender check and the protocol handler's
 * path confinement can all rely on.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'barabar';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export function webPreferencesFor(
  preloadPath: string,
  opts: { devTools: boolean } = { devTools: false },
): WebPreferences {
  return {
    preload: preloadPath,
    // Development (`electron-vite dev`) only: a shipped app has no console into its renderer.
    devTools: opts.devTools,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    enableWebSQL: false,
    plugins: false,
    // Dropping a file on the window must not navigate to it (the page would leave our origin).
    navigateOnDragDrop: false,
    // The spellchecker fetches dictionaries from a Google CDN (a network call we do not want) and has
    // no useful Persian/English-mixed mode.
    spellcheck: false,
    // A runaway alert() loop in the renderer can be stopped by the user.
    safeDialogs: true,
  };
}

/** Headers added to every response the renderer receives (custom protocol and, in dev, http). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/**
 * Merges SECURITY_HEADERS into an onHeadersReceived header map, replacing any existing variant of the
 * same header whatever its case (a server-sent weaker CSP must not survive next to ours).
 */
export function withSecurityHeaders(headers: Record<string, string[]> | undefined): Record<string, string[]> {
  const ours = new Set(Object.keys(SECURITY_HEADERS).map((h) => h.toLowerCase()));
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (!ours.has(name.toLowerCase())) out[name] = value;
  }
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) out[name] = [value];
  return out;
}

/** will-navigate / will-frame-navigate / will-redirect: the app is one page; nothing navigates it away. */
export function denyNavigation(event: { preventDefault(): void }): void {
  event.preventDefault();
}

/** setWindowOpenHandler: no popups, no new windows (links in reports stay inert). */
export function denyWindowOpen(_details?: HandlerDetails): { action: 'deny' } {
  return { action: 'deny' };
}

/** will-attach-webview: webviewTag is off, but refuse here too in case a future option flips it. */
export function denyWebview(event: { preventDefault(): void }): void {
  event.preventDefault();
}

/** setPermissionRequestHandler: camera, notifications, clipboard-read, … all refused. */
export function denyPermissionRequest(
  _webContents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void {
  callback(false);
}

/** setPermissionCheckHandler: synchronous checks answer "not granted" too. */
export function denyPermissionCheck(): boolean {
  return false;
}

/** `scheme://host[:port]` of a URL, also for custom schemes (where URL.origin is "null"). */
export function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.host === '' ? null : `${u.protocol}//${u.host}`;
  } catch {
    return null;
  }
}

/** The parts of Electron's WebFrameMain the sender check needs. */
export interface FrameLike {
  readonly url: string;
  readonly processId: number;
  readonly routingId: number;
  readonly parent: unknown;
}

/**
 * An IPC call is honoured only from the top frame of our own window, showing our own origin. This
 * shuts out iframes (even same-origin ones), other windows, and our window after it was somehow
 * navigated elsewhere.
 */
export function isTrustedSender(
  frame: FrameLike | null | undefined,
  mainFrame: FrameLike | null | undefined,
  trustedOrigin: string,
): boolean {
  if (!frame || !mainFrame) return false;
  if (frame.parent !== null) return false;
  if (frame.processId !== mainFrame.processId || frame.routingId !== mainFrame.routingId) return false;
  return originOf(frame.url) === trustedOrigin;
}
