/** Applies the policy of security.ts to the Electron session and to every web contents ever created. */
import { app } from 'electron';
import type { Session } from 'electron';
import {
  APP_SCHEME,
  denyNavigation,
  denyPermissionCheck,
  denyPermissionRequest,
  denyWebview,
  denyWindowOpen,
  originOf,
  withSecurityHeaders,
} from './security';

/**
 * Schemes the renderer may load from. Everything else (any http(s) host but the dev server) is
 * cancelled before it leaves the machine: CSP already forbids it, this also covers requests CSP
 * does not govern.
 */
export function isAllowedRequest(url: string, devOrigin: string | null): boolean {
  const scheme = url.slice(0, url.indexOf(':') + 1);
  if ([`${APP_SCHEME}:`, 'data:', 'blob:', 'devtools:'].includes(scheme)) return true;
  if (devOrigin === null) return false;
  // The dev server's hot-reload socket is ws:// on the same host and port.
  const origin = originOf(url);
  return origin === devOrigin || origin === devOrigin.replace(/^http/, 'ws');
}

export function hardenSession(ses: Session, devOrigin: string | null): void {
  ses.setPermissionRequestHandler(denyPermissionRequest);
  ses.setPermissionCheckHandler(denyPermissionCheck);
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, devOrigin) });
  });
  ses.webRequest.onHeadersReceived((details, callback) => {
    // Only our own pages: Chromium's internal ones (devtools) keep their own policy.
    const ours =
      details.url.startsWith(`${APP_SCHEME}:`) || (devOrigin !== null && originOf(details.url) === devOrigin);
    callback(ours ? { responseHeaders: withSecurityHeaders(details.responseHeaders) } : {});
  });
}

/** Called before 'ready' so no web contents can exist without these guards. */
export function hardenAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', denyNavigation);
    contents.on('will-frame-navigate', denyNavigation);
    contents.on('will-redirect', denyNavigation);
    contents.on('will-attach-webview', denyWebview);
    contents.setWindowOpenHandler(denyWindowOpen);
  });
}
