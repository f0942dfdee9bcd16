/**
 * Serves out/renderer under app://barabar/ (see security.ts for why not file://). Path confinement is
 * the same code the HTTP server uses, so both doors refuse traversal identically.
 */
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { contentTypeFor, resolveStaticFile } from '../server/http';
import { APP_HOST, APP_SCHEME, SECURITY_HEADERS } from './security';

/** Must run before app 'ready': privileges cannot be granted to a scheme afterwards. */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // standard: real origin + relative URLs; secure: a secure context (workers, crypto.subtle);
      // supportFetchAPI: fetch() of our own assets (Monaco, fonts); codeCache: faster second start.
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return new Response(null, { status: 404, headers: { ...SECURITY_HEADERS } });
    }
    const file = await resolveStaticFile(rendererDir, url.pathname);
    if (!file) return new Response(null, { status: 404, headers: { ...SECURITY_HEADERS } });
    // webRequest.onHeadersReceived is not guaranteed to see custom-protocol responses, so the CSP
    // is set here as well.
    return new Response(await readFile(file), {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file) },
    });
  });
}
