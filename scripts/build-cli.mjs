// Bundles the `barabar` CLI into out/cli/barabar.mjs: it starts in a fraction of the time tsx needs to
// transpile the sources on every run. bin/barabar.mjs uses it when it is newer than src/. Code splitting
// turns each command's `import()` in src/cli/main.ts into its own chunk, so `--version` loads only the entry
// and `list` only the documents chunk. Chunks sit beside the entry: the database code finds its migrations
// in the directory of the file it was bundled into.
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { root } from './lib.mjs';

// Packages stay outside the bundle (native better-sqlite3, packages that read their own data files),
// except the pure-JavaScript ones in INLINE that every database command loads: zod, saxes and htmlparser2
// (with its entities, domhandler…) are about a hundred ES modules that Node would resolve, read and compile
// one by one on each start. Inlined, `list` and `glossary search` took 0.56–0.60 s of CPU instead of
// 0.74–0.77 s (medians of 9, same run, load average 16: see bench/cli-startup.ts).
const INLINE = new Set(['zod', 'saxes', 'htmlparser2']);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const external = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })
  .filter((name) => !INLINE.has(name))
  .flatMap((name) => [name, `${name}/*`]);

// Old chunks would pile up (their names carry a hash).
rmSync(join(root, 'out', 'cli'), { recursive: true, force: true });
const { metafile } = await build({
  // The parse worker (src/server/parse-worker) is a second entry: a bulk load starts it beside the CLI.
  entryPoints: {
    barabar: join(root, 'src', 'cli', 'main.ts'),
    'parse-worker': join(root, 'src', 'server', 'parse-worker', 'worker-main.ts'),
  },
  outdir: join(root, 'out', 'cli'),
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunk-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external,
  sourcemap: 'linked',
  metafile: true,
  // Input paths in the metafile are relative to this: sources.json below lists them from the root.
  absWorkingDir: root,
  logLevel: 'warning',
});
// The database code finds its SQL migrations beside itself.
cpSync(join(root, 'src', 'server', 'db', 'migrations'), join(root, 'out', 'cli', 'migrations'), {
  recursive: true,
});
// The files this bundle was built from, for bin/barabar.mjs: it runs the bundle only while none of them is
// newer, and stats just these (a few hundred) instead of walking all of src/ on every start. The
// migrations count too (they are copied, not bundled); a new source file only matters once an existing
// one imports it, and that edit makes the bundle stale.
const migrations = join('src', 'server', 'db', 'migrations');
const sources = [
  ...Object.keys(metafile.inputs).filter((input) => input.startsWith('src/')),
  migrations,
  ...readdirSync(join(root, migrations)).map((name) => join(migrations, name)),
].map((path) => path.split('\\').join('/'));
writeFileSync(join(root, 'out', 'cli', 'sources.json'), `${JSON.stringify(sources)}\n`);
