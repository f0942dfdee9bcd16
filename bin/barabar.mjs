#!/usr/bin/env node
// The `barabar` command. It runs the bundle that `npm run build` makes (fast start) when that bundle is newer
// than every source file it was built from, and otherwise the TypeScript sources through tsx, so it never
// runs stale code.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cliBundleIsCurrent } from '../scripts/cli-bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

let main;
if (cliBundleIsCurrent(root)) {
  ({ main } = await import(pathToFileURL(join(root, 'out', 'cli', 'barabar.mjs')).href));
} else {
  const { tsImport } = await import('tsx/esm/api');
  ({ main } = await tsImport('../src/cli/main.ts', import.meta.url));
}
process.exitCode = await main(process.argv.slice(2));
