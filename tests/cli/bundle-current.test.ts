import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error plain-JavaScript script without types
import { cliBundleIsCurrent } from '../../scripts/cli-bundle.mjs';

const isCurrent = cliBundleIsCurrent as (root: string) => boolean;
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
  writeFileSync(join(root, 'out', 'cli', 'barabar.mjs'), '');
  utimesSync(join(root, 'out', 'cli', 'barabar.mjs'), 2000, 2000);
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
    rmSync(join(noBundle, 'out', 'cli', 'barabar.mjs'));
    expect(isCurrent(noBundle)).toBe(false);
  });
});
