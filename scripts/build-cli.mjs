// Bundles the `barabar` CLI into out/cli/barabar.mjs: it starts in a fraction of the time tsx needs to
// transpile the sources on every run. bin/barabar.mjs uses it when it is newer than src/. Code splitting
// turns each command's `import()` in src/cli/main.ts into its own chunk, so `--version` loads only the entry
// and `list` only the documents chunk. Chunks sit beside the entry: the database code finds its migrations
// in the directory of the file it was bundled into.
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { root } from './lib.mjs';

// Old chunks would pile up (their names carry a hash).
rmSync(join(root, 'out', 'cli'), { recursive: true, force: true });
await build({
  entryPoints: { barabar: join(root, 'src', 'cli', 'main.ts') },
  outdir: join(root, 'out', 'cli'),
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunk-[hash]',
  splitting: true,
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
