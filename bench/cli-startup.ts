/**
 * Start-up of the `barabar` command, the way the README tells people to run it: `npm link` once, then
 * `barabar …`, which the shell runs as bin/barabar.mjs through its shebang (no npm launcher). Target:
 * ≤ 0.3 s per call (issue 14.3; scripts call the CLI thousands of times).
 *
 *   npx tsx bench/cli-startup.ts      prints the numbers as JSON
 *
 * Measured in the same run, as medians of RUNS whole processes each, the variants taking turns, wall time and
 * CPU time (user + system, from /usr/bin/time: on the shared 2-core machine wall time mostly measures the
 * neighbours, so CPU is the figure to compare):
 * - `split`: the current out/cli bundle (one chunk per command, pure packages inlined, and the server code
 *   a call needs loaded per call by src/server/load-modules.ts), built here first;
 * - `allServerModules`: the same bundle with every service and handler module loaded before the first call,
 *   as the CLI did before load-modules.ts (its evaluation cost is what that file saves);
 * - `splitExternal`: the split with every package left external (an earlier build);
 * - `oneFile`: the sources bundled into one file, packages external (the build before that);
 * - `node`: `node -e 0`, what any Node process costs here, the floor under every figure above;
 * - `npx`: `npx barabar --version`, the launcher the README used to document, for the ratio.
 * Commands: `--version`, `list --json` and `glossary search court` on a seeded temporary database.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { timedProcess } from './timed-process';

const RUNS = 9;
const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const bin = join(root, 'bin', 'barabar.mjs');
const COMMANDS: Record<string, string[]> = {
  version: ['--version'],
  list: ['list', '--json'],
  glossarySearch: ['glossary', 'search', 'court'],
};

interface Timing {
  wall: number;
  cpu: number;
}

function time(cmd: string, args: string[], env: NodeJS.ProcessEnv): Timing {
  const r = timedProcess(cmd, args, { cwd: root, env, ignoreStdout: true });
  return { wall: r.wallMs, cpu: r.cpuMs };
}

const mid = (xs: number[]) => Math.round(xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!);

function median(cmd: string, args: string[], env: NodeJS.ProcessEnv, runs = RUNS): Timing {
  const times = Array.from({ length: runs }, () => time(cmd, args, env));
  return { wall: mid(times.map((t) => t.wall)), cpu: mid(times.map((t) => t.cpu)) };
}

/**
 * Medians of several command lines run in turns (one of each, RUNS times), so a neighbour's burst of work
 * on the shared machine falls on all of them alike instead of on whichever happened to run then.
 */
function interleaved(
  lines: Record<string, [string, string[]]>,
  env: NodeJS.ProcessEnv,
): Record<string, Timing> {
  const times: Record<string, Timing[]> = {};
  for (let i = 0; i < RUNS; i++)
    for (const [key, [cmd, args]] of Object.entries(lines)) (times[key] ??= []).push(time(cmd, args, env));
  return Object.fromEntries(
    Object.entries(times).map(([key, ts]) => [
      key,
      { wall: mid(ts.map((t) => t.wall)), cpu: mid(ts.map((t) => t.cpu)) },
    ]),
  );
}

/** The CLI's per-call module loading replaced by one that loads every server module (the earlier CLI). */
const allServerModules: Plugin = {
  name: 'all-server-modules',
  setup(b) {
    b.onResolve({ filter: /\/load-modules$/ }, () => ({ path: 'all', namespace: 'all-server-modules' }));
    b.onLoad({ filter: /.*/, namespace: 'all-server-modules' }, () => ({
      loader: 'ts',
      resolveDir: join(root, 'src', 'server'),
      contents: `import { ALL_MODULES } from './create-api';
import type { ServerModules } from './server-modules';
export async function loadModulesFor(_method: string, modules: ServerModules): Promise<void> {
  Object.assign(modules.services, ALL_MODULES.services);
  Object.assign(modules.handlers, ALL_MODULES.handlers);
}
export const loadSeedModules = (modules: ServerModules) => loadModulesFor('', modules);`,
    }));
  },
};

/** The current split with every server module loaded (`all`), or an earlier build's shape. */
async function buildOld(
  dir: string,
  split: boolean,
  shape: 'all' | 'external' = 'external',
): Promise<string> {
  const inline = new Set(['zod', 'saxes', 'htmlparser2']);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, object>;
  const packages = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
  await build({
    entryPoints: { barabar: join(root, 'src', 'cli', 'main.ts') },
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    splitting: split,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    ...(shape === 'all'
      ? {
          external: packages.filter((n) => !inline.has(n)).flatMap((n) => [n, `${n}/*`]),
          plugins: [allServerModules],
        }
      : { packages: 'external' as const }),
    logLevel: 'warning',
    // Outside the repository, bare imports (better-sqlite3, zod) must still resolve to its node_modules.
    nodePaths: [join(root, 'node_modules')],
  });
  cpSync(join(root, 'src', 'server', 'db', 'migrations'), join(dir, 'migrations'), { recursive: true });
  // Started the way bin/barabar.mjs starts the split bundle (the same staleness check), so only the bundle differs.
  const runner = join(dir, 'run.mjs');
  const check = pathToFileURL(join(root, 'scripts', 'cli-bundle.mjs')).href;
  writeFileSync(
    runner,
    `import { cliBundleIsCurrent } from '${check}';\ncliBundleIsCurrent(${JSON.stringify(root)});\n` +
      `const { main } = await import('./barabar.mjs');\nprocess.exitCode = await main(process.argv.slice(2));\n`,
  );
  return runner;
}

export async function benchCliStartup(): Promise<Record<string, unknown>> {
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('scripts/build-cli.mjs failed');
  const work = mkdtempSync(join(tmpdir(), 'barabar-startup-'));
  // Beside the repository's node_modules so their package imports resolve as in out/cli.
  const oldDirs = {
    oneFile: join(root, 'out', 'cli-one-file'),
    splitExternal: join(root, 'out', 'cli-external'),
    allServerModules: join(root, 'out', 'cli-all-server-modules'),
  };
  try {
    for (const dir of Object.values(oldDirs)) rmSync(dir, { recursive: true, force: true });
    const runners = {
      oneFile: await buildOld(oldDirs.oneFile, false),
      splitExternal: await buildOld(oldDirs.splitExternal, true),
      allServerModules: await buildOld(oldDirs.allServerModules, true, 'all'),
    };
    const env = { ...process.env, BARABAR_DB: join(work, 'bench.sqlite') };
    time(process.execPath, [bin, 'list'], env); // seeds the database once, outside the timings
    const loadBefore = loadavg()[0]!;
    const split: Record<string, Timing> = {};
    const splitExternal: Record<string, Timing> = {};
    const oneFile: Record<string, Timing> = {};
    const all: Record<string, Timing> = {};
    let node: Timing | undefined;
    for (const [name, args] of Object.entries(COMMANDS)) {
      const t = interleaved(
        {
          // bin/barabar.mjs run by its shebang: exactly what the `barabar` symlink from `npm link` does.
          split: [bin, args],
          all: [process.execPath, [runners.allServerModules, ...args]],
          splitExternal: [process.execPath, [runners.splitExternal, ...args]],
          oneFile: [process.execPath, [runners.oneFile, ...args]],
          node: [process.execPath, ['-e', '0']],
        },
        env,
      );
      split[name] = t.split!;
      all[name] = t.all!;
      splitExternal[name] = t.splitExternal!;
      oneFile[name] = t.oneFile!;
      node ??= t.node;
    }
    const npx = median('npx', ['--no-install', 'barabar', '--version'], env, 5);
    return {
      runs: RUNS,
      unit: 'ms (median wall, median user+system CPU)',
      loadAverage: { before: loadBefore, after: loadavg()[0]! },
      targetMs: 300,
      split,
      allServerModules: all,
      splitExternal,
      oneFile,
      node,
      npxVersion: npx,
      npxOverLinkedVersionWall: Number((npx.wall / split.version!.wall).toFixed(2)),
    };
  } finally {
    for (const dir of Object.values(oldDirs)) rmSync(dir, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${JSON.stringify(await benchCliStartup(), null, 2)}\n`);
}
