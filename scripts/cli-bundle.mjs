// Whether out/cli holds a bundle built from the current sources. Kept apart from scripts/lib.mjs, which
// bin/barabar.mjs would otherwise load (with child_process) on every start. Node's modules come from
// process.getBuiltinModule (Node 20.16+), not `import … from 'node:fs'`: an ES import of a built-in builds
// an ES facade over all its exports, which for node:fs loads the whole stream implementation (its
// ReadStream getter) on every start.
const { readFileSync, statSync } = process.getBuiltinModule('node:fs');

/**
 * True when `root`/out/cli/barabar.mjs exists and none of the files it was built from (listed by
 * scripts/build-cli.mjs in out/cli/sources.json) is newer or gone. Statting those costs a millisecond or
 * two, where walking all of src/ cost about 30 ms on every start.
 */
export function cliBundleIsCurrent(root) {
  // Plain concatenation, not path.join: normalising the few hundred paths below took 12 ms of CPU.
  const prefix = `${root}/`;
  try {
    const built = statSync(`${prefix}out/cli/barabar.mjs`).mtimeMs;
    const sources = JSON.parse(readFileSync(`${prefix}out/cli/sources.json`, 'utf8'));
    return sources.every((path) => statSync(prefix + path).mtimeMs <= built);
  } catch {
    return false; // no bundle, a bundle from before sources.json, or a source removed: run the sources
  }
}
