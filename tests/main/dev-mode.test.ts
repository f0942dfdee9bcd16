import { describe, expect, it } from 'vitest';
import { devRendererUrl, isDevelopment } from '../../src/main/dev-mode';
import { buildMenuTemplate, type MenuActions } from '../../src/main/menu';
import { webPreferencesFor } from '../../src/main/security';

const DEV = { NODE_ENV_ELECTRON_VITE: 'development', ELECTRON_RENDERER_URL: 'http://localhost:5173' };

describe('development mode (ELECTRON_RENDERER_URL, DevTools)', () => {
  it('honours the dev server URL only under electron-vite dev, unpackaged', () => {
    expect(devRendererUrl({ isPackaged: false, env: DEV })).toBe('http://localhost:5173');
    expect(
      devRendererUrl({ isPackaged: false, env: { ...DEV, ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173/' } }),
    ).toBe('http://127.0.0.1:5173/');
    // `npm start` runs Electron unpackaged without electron-vite: the variable alone changes nothing.
    expect(
      devRendererUrl({ isPackaged: false, env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' } }),
    ).toBeNull();
    expect(
      devRendererUrl({ isPackaged: false, env: { ...DEV, NODE_ENV_ELECTRON_VITE: 'production' } }),
    ).toBeNull();
    expect(devRendererUrl({ isPackaged: true, env: DEV })).toBeNull();
    expect(devRendererUrl({ isPackaged: false, env: { NODE_ENV_ELECTRON_VITE: 'development' } })).toBeNull();
  });

  it('ignores a dev URL that is not plain http on the loopback interface', () => {
    for (const url of [
      'https://evil.example/',
      'http://evil.example:5173/',
      'http://localhost.evil.example/',
      'file:///etc/passwd',
      'http://user:pw@localhost:5173/',
      'not a url',
    ]) {
      expect(
        devRendererUrl({ isPackaged: false, env: { ...DEV, ELECTRON_RENDERER_URL: url } }),
        url,
      ).toBeNull();
    }
  });

  it('offers DevTools (menu item and webPreferences) in development only', () => {
    const actions = new Proxy({}, { get: () => () => undefined }) as MenuActions;
    const roles = (devTools: boolean): unknown[] =>
      buildMenuTemplate(actions, 'linux', { devTools }).flatMap((m) =>
        Array.isArray(m.submenu) ? m.submenu.map((i) => i.role) : [],
      );
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
    expect(
      buildMenuTemplate(actions, 'linux').flatMap((m) => (Array.isArray(m.submenu) ? m.submenu : [])),
    ).not.toContainEqual(expect.objectContaining({ role: 'toggleDevTools' }));
    expect(webPreferencesFor('/p.cjs').devTools).toBe(false);
    expect(webPreferencesFor('/p.cjs', { devTools: true }).devTools).toBe(true);
    expect(isDevelopment({ isPackaged: false, env: {} })).toBe(false);
    expect(isDevelopment({ isPackaged: false, env: DEV })).toBe(true);
  });
});
