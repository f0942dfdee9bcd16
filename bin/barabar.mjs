#!/usr/bin/env node
// The `barabar` command. It runs the bundle that `npm run build` makes (fast start) when that bundle is newer
// than every source file, and otherwise the TypeScript sources through tsx, so it never runs stale code.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'out', 'cli', 'barabar.mjs');

function newerThanSources(file) {
  const built = statSync(file).mtimeMs;
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).every((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs <= built,
    );
  return walk(join(root, 'src'));
}

let main;
if (existsSync(bundle) && newerThanSources(bundle)) {
  ({ main } = await import(pathToFileURL(bundle).href));
} else {
  const { tsImport } = await import('tsx/esm/api');
  ({ main } = await tsImport('../src/cli/main.ts', import.meta.url));
}
process.exitCode = await main(process.argv.slice(2));
