// Bundles the `barabar` CLI into out/cli/barabar.mjs: one file that starts in a fraction of the time tsx needs
// to transpile the sources on every run. bin/barabar.mjs uses it when it is newer than src/.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { root } from './lib.mjs';

await build({
  entryPoints: [join(root, 'src', 'cli', 'main.ts')],
  outfile: join(root, 'out', 'cli', 'barabar.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});
// The database code finds its SQL migrations beside itself.
cpSync(join(root, 'src', 'server', 'db', 'migrations'), join(root, 'out', 'cli', 'migrations'), {
  recursive: true,
});
