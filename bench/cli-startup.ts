/**
 * Start-up of the `barabar` command, the way the README tells people to run it: `npm link` once, then
 * `barabar …`, which the shell runs as bin/barabar.mjs through its shebang (no npm launcher). Target:
 * ≤ 0.3 s per call (issue 14.3; scripts call the CLI thousands of times).
 *
 *   npx tsx bench/cli-startup.ts      prints the numbers as JSON
 *
 * Measured in the same run, as medians of RUNS whole processes each (a hyperfine-like loop):
 * - `split`: the current out/cli bundle (code splitting, one chunk per command, built here first);
 * - `oneFile`: the same sources bundled into one file as before (every command parsed on every start);
 * - `npx`: `npx barabar --version`, the launcher the README used to document, for the ratio.
 * Commands: `--version`, `list --json` and `glossary search court` on a seeded temporary database.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const RUNS = 9;
const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const bin = join(root, 'bin', 'barabar.mjs');
const COMMANDS: Record<string, string[]> = {
  version: ['--version'],
  list: ['list', '--json'],
  glossarySearch: ['glossary', 'search', 'court'],
};

function time(cmd: string, args: string[], env: NodeJS.ProcessEnv): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

function median(cmd: string, args: string[], env: NodeJS.ProcessEnv, runs = RUNS): number {
  const times = Array.from({ length: runs }, () => time(cmd, args, env)).sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]!);
}

/** The previous build's shape: the whole CLI in one file, loaded on every start. */
async function buildOneFile(dir: string): Promise<string> {
  const outfile = join(dir, 'barabar.mjs');
  await build({
    entryPoints: [join(root, 'src', 'cli', 'main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
    // Outside the repository, bare imports (better-sqlite3, zod) must still resolve to its node_modules.
    nodePaths: [join(root, 'node_modules')],
  });
  cpSync(join(root, 'src', 'server', 'db', 'migrations'), join(dir, 'migrations'), { recursive: true });
  // Started the way bin/barabar.mjs starts the split bundle (same staleness walk), so only the bundle differs.
  const runner = join(dir, 'run.mjs');
  const lib = pathToFileURL(join(root, 'scripts', 'lib.mjs')).href;
  writeFileSync(
    runner,
    `import { newestMtime } from '${lib}';\nnewestMtime(${JSON.stringify(join(root, 'src'))});\n` +
      `const { main } = await import('./barabar.mjs');\nprocess.exitCode = await main(process.argv.slice(2));\n`,
  );
  return runner;
}

export async function benchCliStartup(): Promise<Record<string, unknown>> {
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('scripts/build-cli.mjs failed');
  const work = mkdtempSync(join(tmpdir(), 'barabar-startup-'));
  try {
    // One file beside the repository's node_modules so its package imports resolve as in out/cli.
    const oneFileDir = join(root, 'out', 'cli-one-file');
    rmSync(oneFileDir, { recursive: true, force: true });
    const oneFileRunner = await buildOneFile(oneFileDir);
    const env = { ...process.env, BARABAR_DB: join(work, 'bench.sqlite') };
    time(process.execPath, [bin, 'list'], env); // seeds the database once, outside the timings
    const loadBefore = loadavg()[0]!;
    const split: Record<string, number> = {};
    const before: Record<string, number> = {};
    for (const [name, args] of Object.entries(COMMANDS)) {
      // bin/barabar.mjs run by its shebang: exactly what the `barabar` symlink from `npm link` does.
      split[name] = median(bin, args, env);
      before[name] = median(process.execPath, [oneFileRunner, ...args], env);
    }
    const npx = median('npx', ['--no-install', 'barabar', '--version'], env, 5);
    rmSync(oneFileDir, { recursive: true, force: true });
    return {
      runs: RUNS,
      loadAverage: { before: loadBefore, after: loadavg()[0]! },
      targetMs: 300,
      splitMs: split,
      oneFileMs: before,
      npxVersionMs: npx,
      npxOverLinkedVersion: Number((npx / split.version!).toFixed(2)),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${JSON.stringify(await benchCliStartup(), null, 2)}\n`);
}
