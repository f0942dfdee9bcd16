// The desktop installers cannot be built here (electron-builder downloads Electron), so the packaging
// configuration is tested as data: electron-builder's own schema accepts it, the fuses are the hardened
// set, and every file the packaged app reads at run time is inside the package.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoPaths } from '../../src/server/paths';
import { electronBindingPath } from '../../src/main/native-binding';

const root = join(__dirname, '..', '..');
const config = JSON.parse(readFileSync(join(root, 'electron-builder.json'), 'utf8')) as {
  files: string[];
  extraResources: { from: string; to: string }[];
  electronFuses: Record<string, boolean>;
  asar: boolean;
  npmRebuild: boolean;
  linux: { target: string[] };
  win: { target: string[] };
  mac: { target: string[] };
};

/** Minimal glob for the patterns used in `files`: `**` any depth, `*` within one path part. */
function matches(pattern: string, path: string): boolean {
  const re = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .split('**')
    .map((part) => part.replace(/\*/g, '[^/]*'))
    .join('.*');
  return new RegExp(`^${re}$`).test(path);
}
const packaged = (path: string): boolean =>
  config.files.some((p) => !p.startsWith('!') && matches(p, path)) &&
  !config.files.some((p) => p.startsWith('!') && matches(p.slice(1), path));

describe('electron-builder.json', () => {
  it('passes electron-builder’s own configuration schema', async () => {
    const { validateConfiguration } = await import('app-builder-lib/out/util/config/config.js');
    const { DebugLogger } = await import('builder-util');
    const { $schema: _schema, ...rest } = config as unknown as Record<string, unknown>;
    await expect(validateConfiguration(rest as never, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(
      validateConfiguration({ ...rest, electronFuses: { runAsNode: 'no' } } as never, new DebugLogger(false)),
    ).rejects.toThrow();
  });

  it('sets the hardening fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });

  it('builds installers for Linux, Windows and macOS', () => {
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.win.target).toContain('nsis');
    expect(config.mac.target).toContain('dmg');
  });

  it('ships the Electron build of better-sqlite3 where the packaged app looks for it', () => {
    // npmRebuild would rebuild node_modules' better-sqlite3 for Electron and break tests, CLI and browser mode.
    expect(config.npmRebuild).toBe(false);
    const resources = '/opt/Barabar/resources';
    const expected = relative(resources, electronBindingPath('/unused', resources));
    expect(config.extraResources).toContainEqual({ from: expected, to: expected });
  });

  it('packages every file the app reads at run time, and no sources or tests', () => {
    const paths = repoPaths(root);
    const rel = (p: string): string => relative(root, p).split('\\').join('/');
    for (const needed of [
      'package.json',
      `${rel(paths.migrationsDir)}/001-initial.sql`,
      ...readdirSync(paths.corpusDir).map((f) => `${rel(paths.corpusDir)}/${f}`),
      rel(paths.glossaryFile),
      `${rel(paths.rendererDir)}/index.html`,
      'out/main/index.cjs',
      'out/preload/index.cjs',
    ]) {
      expect(packaged(needed), needed).toBe(true);
    }
    for (const excluded of [
      'src/main/index.ts',
      'tests/main/packaging.test.ts',
      'out/renderer/assets/x.js.map',
    ]) {
      expect(packaged(excluded), excluded).toBe(false);
    }
  });
});
