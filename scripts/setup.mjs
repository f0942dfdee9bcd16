// `npm run setup`: installs dependencies, fetches Electron's binary where the network allows it, builds
// better-sqlite3 for Electron when that binary exists, and builds the app.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { electronBinary, npmCmd, root, run } from './lib.mjs';

// Electron's postinstall download fails hard where GitHub is unreachable, so dependencies are installed
// without it and the binary is fetched separately as a best effort.
const env = { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' };
const install = existsSync(join(root, 'package-lock.json')) ? ['ci'] : ['install'];
if (run(npmCmd, [...install, '--no-audit', '--no-fund'], { env }) !== 0) process.exit(1);

if (!electronBinary()) {
  const status = run(process.execPath, [join(root, 'node_modules', 'electron', 'install.js')], {
    stdio: 'ignore',
  });
  if (status !== 0 || !electronBinary()) {
    console.log(
      "Electron's binary could not be downloaded here: the desktop window is unavailable; `npm start` runs browser mode.",
    );
  }
}
if (electronBinary() && run(process.execPath, [join(root, 'scripts', 'rebuild-electron.mjs')]) !== 0) {
  console.log(
    'better-sqlite3 could not be built for Electron: the desktop app will say so; browser mode and the CLI work.',
  );
}
if (run(npmCmd, ['run', 'build']) !== 0) process.exit(1);
console.log('Barabar is set up. Start it with: npm start');
