import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error plain-JavaScript script without types
import { cliBundleIsCurrent } from '../../scripts/cli-bundle.mjs';

const isCurrent = cliBundleIsCurrent as (root: string) => boolean;
const BUNDLE_SCRIPT = join(__dirname, '..', '..', 'scripts', 'cli-bundle.mjs');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A checkout with src/a.ts and src/b.ts, and a bundle built at t=2000 s from both. */
function checkout(): string {
  const root = mkdtempSync(join(tmpdir(), 'barabar-bundle-'));
  dirs.push(root);
  mkdirSync(join(root, 'src'));
  mkdirSync(join(root, 'out', 'cli'), { recursive: true });
  for (const f of ['src/a.ts', 'src/b.ts']) {
    writeFileSync(join(root, f), '');
    utimesSync(join(root, f), 1000, 1000);
  }
  writeFileSync(join(root, 'out', 'cli', 'barabar.cjs'), '');
  utimesSync(join(root, 'out', 'cli', 'barabar.cjs'), 2000, 2000);
  writeFileSync(join(root, 'out', 'cli', 'sources.json'), JSON.stringify(['src/a.ts', 'src/b.ts']));
  return root;
}

describe('the CLI bundle staleness check (bin/barabar.mjs)', () => {
  it('runs the bundle while every listed source is older', () => {
    expect(isCurrent(checkout())).toBe(true);
  });

  it('falls back to the sources when a listed file changed or went missing', () => {
    const edited = checkout();
    utimesSync(join(edited, 'src/b.ts'), 3000, 3000);
    expect(isCurrent(edited)).toBe(false);
    const removed = checkout();
    rmSync(join(removed, 'src/a.ts'));
    expect(isCurrent(removed)).toBe(false);
  });

  it('falls back when there is no bundle or it has no source list', () => {
    const noList = checkout();
    rmSync(join(noList, 'out', 'cli', 'sources.json'));
    expect(isCurrent(noList)).toBe(false);
    const noBundle = checkout();
    rmSync(join(noBundle, 'out', 'cli', 'barabar.cjs'));
    expect(isCurrent(noBundle)).toBe(false);
  });
});

describe('running the CLI bundle through V8 code cache (bin/barabar.mjs)', () => {
  const cacheDir = (root: string) => join(root, 'out', 'cli', 'cache');

  /**
   * Loads the bundle in a fresh Node process, as bin/barabar.mjs does (within one process V8 answers a
   * second compile of the same source from memory and never looks at the cache), then saves the cache.
   */
  function run(root: string, argv: string[]): { ran: string; usedCache: boolean } {
    const script = `import { loadCliBundle } from ${JSON.stringify(pathToFileURL(BUNDLE_SCRIPT).href)};
const b = loadCliBundle(${JSON.stringify(root)}, ${JSON.stringify(argv)});
const ran = b.exports.main();
b.saveCache();
process.stdout.write(JSON.stringify({ ran, usedCache: b.usedCache }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout) as { ran: string; usedCache: boolean };
  }

  /** A checkout whose bundle is a real CommonJS file with a `main` that uses require and __dirname. */
  function bundled(): string {
    const root = checkout();
    const code = `const { basename } = require('node:path');\nexports.main = () => 'ran in ' + basename(__dirname);\n`;
    writeFileSync(join(root, 'out', 'cli', 'barabar.cjs'), code);
    return root;
  }

  it('compiles without a cache the first time, saves one per command, and uses it next time', () => {
    const root = bundled();
    expect(run(root, ['list', '--json'])).toEqual({ ran: 'ran in cli', usedCache: false });
    expect(readdirSync(cacheDir(root))).toEqual([expect.stringMatching(/^list-\d+\.v8$/)]);
    expect(run(root, ['list'])).toEqual({ ran: 'ran in cli', usedCache: true });
    // Another command has its own cache: it runs other functions.
    expect(run(root, ['glossary', 'search', 'x']).usedCache).toBe(false);
    expect(readdirSync(cacheDir(root))).toHaveLength(2);
  });

  it('replaces a cache V8 refuses, and never uses one made for an earlier build', () => {
    const root = bundled();
    run(root, ['list']);
    const [name] = readdirSync(cacheDir(root));
    writeFileSync(join(cacheDir(root), name!), 'not a code cache');
    expect(run(root, ['list'])).toEqual({ ran: 'ran in cli', usedCache: false });
    expect(run(root, ['list']).usedCache).toBe(true);
    // A rebuild (same length, new time): the old cache is not even read.
    utimesSync(join(root, 'out', 'cli', 'barabar.cjs'), 4000, 4000);
    expect(run(root, ['list']).usedCache).toBe(false);
  });

  it('keeps no cache for arguments that are not a command name', () => {
    const root = bundled();
    for (const argv of [[], ['../../etc/x'], ['a/b'], ['corpus/report.txt']]) run(root, argv);
    expect(() => readdirSync(cacheDir(root))).toThrow();
  });
});
