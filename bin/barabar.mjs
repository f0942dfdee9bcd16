#!/usr/bin/env node
// The `barabar` command. It runs the bundle that `npm run build` makes (fast start) when that bundle is newer
// than every source file, and otherwise the TypeScript sources through tsx, so it never runs stale code.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { newestMtime, root } from '../scripts/lib.mjs';

const bundle = join(root, 'out', 'cli', 'barabar.mjs');

let main;
if (existsSync(bundle) && statSync(bundle).mtimeMs >= newestMtime(join(root, 'src'))) {
  ({ main } = await import(pathToFileURL(bundle).href));
} else {
  const { tsImport } = await import('tsx/esm/api');
  ({ main } = await tsImport('../src/cli/main.ts', import.meta.url));
}
process.exitCode = await main(process.argv.slice(2));
