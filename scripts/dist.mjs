// `npm run dist [-- --linux|--win|--mac]`: the desktop installers. Builds the app, builds better-sqlite3 for
// Electron's ABI (native/electron, shipped as an extra resource because a native module cannot be loaded
// from inside app.asar), then lets electron-builder package it with the fuses set in electron-builder.json.
// electron-builder downloads Electron itself, so this needs internet access: it cannot run on machines
// without it (see README, "Desktop packages").
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { npmCmd, npxCmd, root, run } from './lib.mjs';

if (run(npmCmd, ['run', 'build']) !== 0) process.exit(1);
if (!existsSync(join(root, 'native', 'electron', 'better_sqlite3.node'))) {
  if (run(npmCmd, ['run', 'rebuild:electron']) !== 0) process.exit(1);
}
process.exit(
  run(npxCmd, ['electron-builder', '--config', 'electron-builder.json', ...process.argv.slice(2)]),
);
