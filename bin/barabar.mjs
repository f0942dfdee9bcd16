#!/usr/bin/env node
// The `barabar` command. It runs the bundle that `npm run build` makes (fast start, through V8's code cache)
// when that bundle is newer than every source file it was built from, and otherwise the TypeScript sources
// through tsx, so it never runs stale code.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliBundleIsCurrent, loadCliBundle } from '../scripts/cli-bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);

if (cliBundleIsCurrent(root)) {
  const bundle = loadCliBundle(root, argv);
  process.exitCode = await bundle.exports.main(argv);
  if (process.exitCode === 0) bundle.saveCache();
} else {
  const { tsImport } = await import('tsx/esm/api');
  const { main } = await tsImport('../src/cli/main.ts', import.meta.url);
  process.exitCode = await main(argv);
}
