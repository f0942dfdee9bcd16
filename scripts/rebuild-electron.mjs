// Builds better-sqlite3 for Electron's ABI into native/electron/better_sqlite3.node, leaving the Node build in
// node_modules untouched (tests, CLI and browser mode need that one). Needs Electron's headers from the
// internet, so it cannot succeed on machines without access to them.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib.mjs';

const { rebuild } = await import('@electron/rebuild');
const electronVersion = JSON.parse(
  readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;
const work = join(root, 'native', 'electron-build');
rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, 'node_modules'), { recursive: true });
for (const dep of ['better-sqlite3', 'bindings', 'file-uri-to-path']) {
  const from = join(root, 'node_modules', dep);
  if (existsSync(from)) cpSync(from, join(work, 'node_modules', dep), { recursive: true });
}
rmSync(join(work, 'node_modules', 'better-sqlite3', 'build'), { recursive: true, force: true });
cpSync(join(root, 'package.json'), join(work, 'package.json'));

const started = Date.now();
await rebuild({ buildPath: work, electronVersion, onlyModules: ['better-sqlite3'], force: true });
const built = join(work, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
// @electron/rebuild can report success without building anything: trust only a fresh file.
if (!existsSync(built) || statSync(built).mtimeMs < started) {
  console.error(
    'rebuild-electron: no fresh better_sqlite3.node was produced (Electron headers unreachable?)',
  );
  process.exit(1);
}
mkdirSync(join(root, 'native', 'electron'), { recursive: true });
copyFileSync(built, join(root, 'native', 'electron', 'better_sqlite3.node'));
console.log(`better-sqlite3 built for Electron ${electronVersion}: native/electron/better_sqlite3.node`);
