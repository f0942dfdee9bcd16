// Bundles the `barabar` CLI into one CommonJS file, out/cli/barabar.cjs: it starts in a fraction of the time
// tsx needs to transpile the sources on every run. bin/barabar.mjs uses it while it is newer than the sources
// it was built from, and runs it through V8's code cache (scripts/cli-bundle.mjs), which is why it is
// CommonJS: Node 20 has no code cache for ES modules (module.enableCompileCache() came in Node 22). Each
// command's `import()` in src/cli/main.ts stays lazy inside the one file (esbuild wraps the module in an
// init function), so `--version` runs no database code and `list` none of the exchange code, and with the
// cache nothing a command does not run is even compiled.
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

// A new build makes every code cache of the old one stale: they go with it.
rmSync(join(root, 'out', 'cli'), { recursive: true, force: true });
const { metafile } = await build({
  entryPoints: { barabar: join(root, 'src', 'cli', 'main.ts') },
  outdir: join(root, 'out', 'cli'),
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // `import('docx')` (a package left outside) becomes require(): the file runs as a vm.Script, where a
  // real import() would need a module loader of its own.
  supported: { 'dynamic-import': false },
  // The database code finds its migrations beside the file it runs from.
  define: { 'import.meta.url': '__barabarBundleUrl' },
  banner: { js: 'const __barabarBundleUrl = require("node:url").pathToFileURL(__filename).href;' },
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
