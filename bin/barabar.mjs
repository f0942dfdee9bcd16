#!/usr/bin/env -S node --max-semi-space-size=4
// --max-semi-space-size=4 (MiB; V8's default is 16): a bulk import allocates a stream of short-lived
// strings and rows, and V8 lets its young generation grow to three semi-spaces of 16 MiB before
// collecting. Capping it keeps a 100k-entry TBX or TMX load within twice the file's size in memory
// (about 94–99 MB against 116–125 MB) at no measurable CPU cost; 2 MiB promoted garbage early and used
// more. It has to be on the command line: V8 sizes the heap before any script runs.
// The `barabar` command. It runs the bundle that `npm run build` makes (fast start) when that bundle is newer
// than every source file it was built from, and otherwise the TypeScript sources through tsx, so it never
// runs stale code. Built-ins come from process.getBuiltinModule, not ES imports (see scripts/cli-bundle.mjs).
import { cliBundleIsCurrent } from '../scripts/cli-bundle.mjs';

const { dirname, join } = process.getBuiltinModule('node:path');
const { fileURLToPath, pathToFileURL } = process.getBuiltinModule('node:url');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

let main;
if (cliBundleIsCurrent(root)) {
  // Node 22.1+ keeps V8's compiled code of the bundle's chunks between runs (out/cli/.compile-cache, gone
  // with the next build); Node 20 has no such cache for ES modules and skips this.
  process.getBuiltinModule('node:module').enableCompileCache?.(join(root, 'out', 'cli', '.compile-cache'));
  ({ main } = await import(pathToFileURL(join(root, 'out', 'cli', 'barabar.mjs')).href));
} else {
  const { tsImport } = await import('tsx/esm/api');
  ({ main } = await tsImport('../src/cli/main.ts', import.meta.url));
}
process.exitCode = await main(process.argv.slice(2));
