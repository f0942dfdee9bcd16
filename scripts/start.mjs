// `npm start`: the desktop app where Electron's binary exists, browser mode where it does not.
import { join } from 'node:path';
import { electronBinary, ensureBuilt, npxCmd, root, run } from './lib.mjs';

ensureBuilt();
const electron = electronBinary();
const args = process.argv.slice(2);
if (electron) {
  process.exit(run(electron, [root, ...args]));
}
console.log("Electron's binary is not installed on this machine, so Barabar starts in browser mode instead.");
process.exit(run(npxCmd, ['tsx', join(root, 'src', 'server', 'web-main.ts'), ...args]));
