// The out/cli bundle at run time: whether it is current, and loading it through V8's code cache. Kept apart
// from scripts/lib.mjs, which bin/barabar.mjs would otherwise load (with child_process) on every start.
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

const BUNDLE = ['out', 'cli', 'barabar.cjs'];

/**
 * True when `root`/out/cli/barabar.cjs exists and none of the files it was built from (listed by
 * scripts/build-cli.mjs in out/cli/sources.json) is newer or gone. Statting those costs a millisecond or
 * two, where walking all of src/ cost about 30 ms on every start.
 */
export function cliBundleIsCurrent(root) {
  try {
    const built = statSync(join(root, ...BUNDLE)).mtimeMs;
    const sources = JSON.parse(readFileSync(join(root, 'out', 'cli', 'sources.json'), 'utf8'));
    // Plain concatenation, not path.join: normalising a few hundred paths took 12 ms of the start.
    const prefix = `${root}/`;
    return sources.every((path) => statSync(prefix + path).mtimeMs <= built);
  } catch {
    return false; // no bundle, a bundle from before sources.json, or a source removed: run the sources
  }
}

/**
 * The cache file for a command line: one per command (`list`, `glossary`, `--version`), because a cache
 * holds the functions that were compiled when it was written, and each command runs different ones. Named
 * after the bundle's build time too: V8 checks little more than the source's length before it trusts a
 * cache, so a cache must never outlive the exact file it was made from. Null (no cache) for anything that
 * does not look like a command name.
 */
export function cliCacheFile(root, argv, builtMs) {
  const command = argv[0] ?? '';
  if (!/^(--)?[a-z][a-z-]{0,19}$/.test(command)) return null;
  return join(root, 'out', 'cli', 'cache', `${command}-${Math.trunc(builtMs)}.v8`);
}

/**
 * Runs out/cli/barabar.cjs (CommonJS, as Node's own loader would, with the same `require`) and returns its
 * exports. V8 compiles it from the command's code cache when there is one: about 10 ms instead of 70–90
 * ms for the parse and compile, which is most of what a large bundle costs at start. `saveCache` writes that
 * cache after a successful run when there was none or V8 refused it (another Node version): the functions
 * the command compiled are then in it. A cache that cannot be written (a read-only install) only means
 * every run compiles.
 */
export function loadCliBundle(root, argv) {
  const file = join(root, ...BUNDLE);
  const cacheFile = cliCacheFile(root, argv, statSync(file).mtimeMs);
  let cachedData;
  try {
    if (cacheFile) cachedData = readFileSync(cacheFile);
  } catch {
    // no cache yet
  }
  // Not parenthesised: V8 would take `(function` as a hint to compile every inner function at once.
  const wrapped = `function barabarBundle(exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n}\nbarabarBundle`;
  const script = new Script(wrapped, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return {
    exports: module.exports,
    /** Whether V8 compiled the bundle from a cache (it refuses one made by another Node version). */
    usedCache: cachedData !== undefined && !script.cachedDataRejected,
    saveCache() {
      if (!cacheFile || (cachedData !== undefined && !script.cachedDataRejected)) return;
      const temp = `${cacheFile}.${process.pid}`;
      try {
        mkdirSync(dirname(cacheFile), { recursive: true });
        // Atomic: scripts run many `barabar` processes at once, and none may read half a cache.
        writeFileSync(temp, script.createCachedData());
        renameSync(temp, cacheFile);
      } catch {
        rmSync(temp, { force: true });
      }
    },
  };
}
