// Helpers shared by the npm scripts. Plain Node, no dependencies: `npm run setup` runs before anything is installed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const npmCmd = process.platform === 'win32' ? 'npm.cmd' : 'npm';
export const npxCmd = process.platform === 'win32' ? 'npx.cmd' : 'npx';

export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

/** The Electron executable, or null when its binary was never downloaded (as on machines without GitHub access). */
export function electronBinary() {
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const exe = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(exe) ? exe : null;
}

export function newestMtime(dir) {
  let newest = 0;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, name.name);
    newest = Math.max(newest, name.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds main, preload and renderer when the build is missing or older than the sources. */
export function ensureBuilt() {
  const marker = join(root, 'out', 'renderer', 'index.html');
  const stale = !existsSync(marker) || newestMtime(join(root, 'src')) > statSync(marker).mtimeMs;
  if (!stale) return;
  console.log('Building Barabar…');
  const status = run(npmCmd, ['run', 'build']);
  if (status !== 0) process.exit(status);
}
