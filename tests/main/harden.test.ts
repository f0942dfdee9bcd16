import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/csp';

const appEvents = vi.hoisted(() => new Map<string, (...args: unknown[]) => void>());
vi.mock('electron', () => ({
  app: { on: (name: string, fn: (...args: unknown[]) => void) => appEvents.set(name, fn) },
}));

const { hardenAllWebContents, hardenSession, isAllowedRequest } = await import('../../src/main/harden');

type Callback = (...args: unknown[]) => void;

function fakeSession() {
  const hooks: Record<string, Callback> = {};
  const session = {
    setPermissionRequestHandler: (fn: Callback) => (hooks.permissionRequest = fn),
    setPermissionCheckHandler: (fn: Callback) => (hooks.permissionCheck = fn),
    webRequest: {
      onBeforeRequest: (fn: Callback) => (hooks.beforeRequest = fn),
      onHeadersReceived: (fn: Callback) => (hooks.headersReceived = fn),
    },
  };
  return { session, hooks };
}

function decide(hook: Callback | undefined, details: object): unknown {
  let answer: unknown;
  hook?.(details, (a: unknown) => (answer = a));
  return answer;
}

describe('hardenSession', () => {
  it('cancels every request that is not our app, data, blob or devtools', () => {
    const { session, hooks } = fakeSession();
    hardenSession(session as never, null);
    const cancelled = (url: string) => (decide(hooks.beforeRequest, { url }) as { cancel: boolean }).cancel;
    expect(cancelled('app://barabar/assets/index.js')).toBe(false);
    expect(cancelled('data:font/woff2;base64,AAAA')).toBe(false);
    expect(cancelled('blob:app://barabar/1234')).toBe(false);
    expect(cancelled('https://fonts.googleapis.com/css')).toBe(true);
    expect(cancelled('http://localhost:5173/')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
  });

  it('lets the dev server through only when it is the dev origin', () => {
    expect(isAllowedRequest('http://localhost:5173/@vite/client', 'http://localhost:5173')).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', null)).toBe(false);
    expect(isAllowedRequest('ws://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAllowedRequest('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
  });

  it('stamps our CSP on our own responses only, and denies permissions', () => {
    const { session, hooks } = fakeSession();
    hardenSession(session as never, null);
    const res = decide(hooks.headersReceived, {
      url: 'app://barabar/index.html',
      responseHeaders: { 'content-security-policy': ['default-src *'] },
    }) as {
      responseHeaders: Record<string, string[]>;
    };
    expect(res.responseHeaders).toEqual({
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      'X-Content-Type-Options': ['nosniff'],
      'Referrer-Policy': ['no-referrer'],
    });
    expect(
      decide(hooks.headersReceived, {
        url: 'devtools://devtools/bundled/x.html',
        responseHeaders: { a: ['b'] },
      }),
    ).toEqual({});
    const dev = fakeSession();
    hardenSession(dev.session as never, 'http://localhost:5173');
    const devRes = decide(dev.hooks.headersReceived, {
      url: 'http://localhost:5173/',
      responseHeaders: {},
    }) as { responseHeaders: Record<string, string[]> };
    expect(devRes.responseHeaders['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    const granted = vi.fn();
    hooks.permissionRequest?.({}, 'media', granted, {});
    expect(granted).toHaveBeenCalledWith(false);
    expect(hooks.permissionCheck?.()).toBe(false);
  });
});

describe('hardenAllWebContents', () => {
  it('guards every new web contents against navigation, redirects, webviews and popups', () => {
    hardenAllWebContents();
    const on = new Map<string, Callback>();
    let openHandler: ((d: unknown) => unknown) | undefined;
    appEvents.get('web-contents-created')?.(
      {},
      {
        on: (name: string, fn: Callback) => on.set(name, fn),
        setWindowOpenHandler: (fn: (d: unknown) => unknown) => (openHandler = fn),
      },
    );
    expect([...on.keys()].sort()).toEqual([
      'will-attach-webview',
      'will-frame-navigate',
      'will-navigate',
      'will-redirect',
    ]);
    for (const fn of on.values()) {
      const event = { preventDefault: vi.fn() };
      fn(event, 'https://evil.example/');
      expect(event.preventDefault).toHaveBeenCalledOnce();
    }
    expect(openHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });
});
