import { describe, expect, it } from 'vitest';
import { parseMainArgs } from '../../src/main/args';
import { bindingErrorDialog, electronBindingPath } from '../../src/main/native-binding';

describe('parseMainArgs', () => {
  it('reads --db FILE and --db=FILE among Electron and Chromium switches', () => {
    expect(parseMainArgs(['.', '--db', '/tmp/a.sqlite'])).toEqual({ db: '/tmp/a.sqlite', seed: true });
    expect(parseMainArgs(['--inspect=9229', '--db=rel/b.sqlite', '--no-sandbox'])).toEqual({
      db: 'rel/b.sqlite',
      seed: true,
    });
    expect(parseMainArgs(['--no-seed'])).toEqual({ seed: false });
  });

  it('does not swallow the next switch as a file name', () => {
    expect(parseMainArgs(['--db', '--no-seed'])).toEqual({ seed: false });
    expect(parseMainArgs(['--db'])).toEqual({ seed: true });
    expect(parseMainArgs(['--db='])).toEqual({ db: undefined, seed: true });
  });
});

describe('native binding', () => {
  it('lives under native/electron in the app folder', () => {
    expect(electronBindingPath('/opt/barabar')).toBe('/opt/barabar/native/electron/better_sqlite3.node');
  });

  it('explains how to build it, with the path, the ABI and the cause', () => {
    const missing = bindingErrorDialog('/x/better_sqlite3.node', { electron: '45.4.1', modules: '139' });
    expect(missing.detail).toContain('/x/better_sqlite3.node');
    expect(missing.detail).toContain('NODE_MODULE_VERSION 139');
    expect(missing.detail).toContain('npm run rebuild:electron');
    expect(missing.detail).toContain('npm run web');
    const broken = bindingErrorDialog(
      '/x/b.node',
      { electron: '45.4.1', modules: '139' },
      'was compiled against NODE_MODULE_VERSION 115',
    );
    expect(broken.message).not.toBe(missing.message);
    expect(broken.detail).toContain('was compiled against NODE_MODULE_VERSION 115');
  });
});
