/**
 * better-sqlite3 is a native module: the copy in node_modules is built for Node's ABI (tests, CLI,
 * browser mode); the desktop app needs a second build for Electron's ABI, loaded by path through
 * better-sqlite3's `nativeBinding` option.
 */
import { join } from 'node:path';

/**
 * Where the Electron build of better-sqlite3 lives: beside the sources when run from a checkout, and in
 * the installer's resources folder when packaged (electron-builder.json ships it as an extra resource,
 * because a native module cannot be loaded from inside app.asar).
 */
export function electronBindingPath(appPath: string, packagedResourcesPath?: string): string {
  return join(packagedResourcesPath ?? appPath, 'native', 'electron', 'better_sqlite3.node');
}

export interface ErrorDialog {
  title: string;
  message: string;
  detail: string;
}

export function bindingErrorDialog(
  bindingPath: string,
  versions: { electron: string; modules: string },
  cause?: string,
): ErrorDialog {
  return {
    title: 'Barabar cannot open its database',
    message: cause
      ? 'The database engine built for Electron could not be loaded.'
      : 'The database engine (better-sqlite3) has not been built for Electron yet.',
    detail: [
      `Expected file: ${bindingPath}`,
      `It must be compiled for Electron ${versions.electron} (NODE_MODULE_VERSION ${versions.modules}).`,
      ...(cause ? [`Error: ${cause}`] : []),
      '',
      'To build it, run this once on a machine with internet access (it downloads Electron headers):',
      '    npm run rebuild:electron',
      '',
      'Browser mode does not need it: run `npm run web` and open the printed URL.',
    ].join('\n'),
  };
}
