import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  denyNavigation,
  denyPermissionCheck,
  denyPermissionRequest,
  denyWebview,
  denyWindowOpen,
  isTrustedSender,
  originOf,
  webPreferencesFor,
  withSecurityHeaders,
} from '../../src/main/security';
import type { FrameLike } from '../../src/main/security';

/** Parses a CSP header into directive → sources. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name ?? '', sources]),
  );
}

describe('webPreferences', () => {
  const prefs = webPreferencesFor('/app/out/preload/index.cjs');

  it('isolates and sandboxes the renderer', () => {
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('switches nothing on that weakens the page', () => {
    expect(prefs.experimentalFeatures).not.toBe(true);
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(prefs.additionalArguments).toBeUndefined();
    expect(prefs.navigateOnDragDrop).toBe(false);
  });
});

describe('Content-Security-Policy', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it('has the directives the protocol requires', () => {
    expect(Object.fromEntries(csp)).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'font-src': ["'self'", 'data:'],
      'img-src': ["'self'", 'data:'],
      'worker-src': ["'self'", 'blob:'],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'frame-ancestors': ["'none'"],
      'form-action': ["'none'"],
    });
  });

  it('never allows inline or evaluated script', () => {
    const script = csp.get('script-src') ?? [];
    expect(script).not.toContain("'unsafe-inline'");
    expect(script).not.toContain("'unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/\*|http:|https:/);
  });

  it('matches the meta tag of the renderer page (which cannot carry frame-ancestors)', () => {
    const html = readFileSync(resolve(__dirname, '../../src/renderer/index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1];
    expect(meta).toBeDefined();
    const expected = new Map(csp);
    expected.delete('frame-ancestors'); // ignored by browsers in <meta>; sent as a header instead
    expect(Object.fromEntries(directives(meta ?? ''))).toEqual(Object.fromEntries(expected));
  });

  it('replaces any server-sent CSP, whatever its case, and keeps other headers', () => {
    const merged = withSecurityHeaders({
      'content-security-policy': ['default-src *'],
      'CONTENT-SECURITY-POLICY': ["script-src 'unsafe-eval'"],
      'Content-Type': ['text/html'],
    });
    const cspHeaders = Object.entries(merged).filter(([k]) => k.toLowerCase() === 'content-security-policy');
    expect(cspHeaders).toEqual([['Content-Security-Policy', [CONTENT_SECURITY_POLICY]]]);
    expect(merged['Content-Type']).toEqual(['text/html']);
    expect(merged['X-Content-Type-Options']).toEqual(['nosniff']);
    expect(withSecurityHeaders(undefined)['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
  });
});

describe('navigation, popups, webviews and permissions', () => {
  it('prevents every navigation', () => {
    const event = { preventDefault: vi.fn() };
    denyNavigation(event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('refuses window.open whatever the URL', () => {
    for (const url of ['https://example.com', APP_ENTRY_URL, 'javascript:alert(1)']) {
      expect(denyWindowOpen({ url } as never)).toEqual({ action: 'deny' });
    }
  });

  it('refuses webviews', () => {
    const event = { preventDefault: vi.fn() };
    denyWebview(event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('denies permission requests and checks', () => {
    for (const permission of ['media', 'notifications', 'clipboard-read', 'geolocation', 'openExternal']) {
      const callback = vi.fn();
      denyPermissionRequest({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(denyPermissionCheck()).toBe(false);
  });
});

describe('IPC sender check', () => {
  const main: FrameLike = { url: `${APP_ORIGIN}/index.html`, processId: 4, routingId: 1, parent: null };

  it('accepts the main frame of our window showing our origin, on any page of it', () => {
    expect(isTrustedSender(main, main, APP_ORIGIN)).toBe(true);
    expect(isTrustedSender({ ...main, url: `${APP_ORIGIN}/index.html?x=1#glossary` }, main, APP_ORIGIN)).toBe(
      true,
    );
  });

  it('accepts the dev server origin only when that is the trusted one', () => {
    const dev = { ...main, url: 'http://localhost:5173/' };
    expect(isTrustedSender(dev, dev, 'http://localhost:5173')).toBe(true);
    expect(isTrustedSender(dev, dev, APP_ORIGIN)).toBe(false);
  });

  it('rejects a foreign URL in our main frame', () => {
    for (const url of [
      'https://evil.example/',
      'file:///etc/passwd',
      'app://other/index.html',
      'http://localhost:5173/',
      'about:blank',
      'data:text/html,x',
      'not a url',
    ]) {
      expect(isTrustedSender({ ...main, url }, main, APP_ORIGIN)).toBe(false);
    }
  });

  it('rejects subframes, even same-origin ones, and frames of other windows', () => {
    const iframe = { url: `${APP_ORIGIN}/index.html`, processId: 4, routingId: 7, parent: main };
    expect(isTrustedSender(iframe, main, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender({ ...iframe, routingId: 1 }, main, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender({ ...main, processId: 5 }, main, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender({ ...main, routingId: 2 }, main, APP_ORIGIN)).toBe(false);
  });

  it('rejects a destroyed frame or a missing window', () => {
    expect(isTrustedSender(null, main, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender(undefined, main, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender(main, null, APP_ORIGIN)).toBe(false);
  });

  it('computes origins for custom schemes, where URL.origin says "null"', () => {
    expect(new URL(APP_ENTRY_URL).origin).toBe('null');
    expect(originOf(APP_ENTRY_URL)).toBe(APP_ORIGIN);
    expect(originOf('http://LOCALHOST:5173/a')).toBe('http://localhost:5173');
    expect(originOf('about:blank')).toBeNull();
    expect(originOf('::')).toBeNull();
  });
});
