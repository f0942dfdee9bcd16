// Whether out/cli holds a bundle built from the current sources. Kept apart from scripts/lib.mjs, which
// bin/barabar.mjs would otherwise load (with child_process) on every start.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * True when `root`/out/cli/barabar.mjs exists and none of the files it was built from (listed by
 * scripts/build-cli.mjs in out/cli/sources.json) is newer or gone. Statting those costs a millisecond or
 * two, where walking all of src/ cost about 30 ms on every start.
 */
export function cliBundleIsCurrent(root) {
  try {
    const built = statSync(join(root, 'out', 'cli', 'barabar.mjs')).mtimeMs;
    const sources = JSON.parse(readFileSync(join(root, 'out', 'cli', 'sources.json'), 'utf8'));
    return sources.every((path) => statSync(join(root, path)).mtimeMs <= built);
  } catch {
    return false; // no bundle, a bundle from before sources.json, or a source removed: run the sources
  }
}
