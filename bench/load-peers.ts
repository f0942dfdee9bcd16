/**
 * Loads end to end against the peers (issue 14.2): the same generated 100,000-entry TBX and 100,000-unit
 * TMX loaded by whole processes, in the same run:
 * - ours: `barabar glossary import FILE.tbx` and `barabar tm import FILE.tmx` (bin/barabar.mjs as the
 *   README runs it, on a fresh database file each run);
 * - translate-toolkit (Debian package): `python3 -c` loading the file with `translate.storage.tbx` / `tmx`
 *   and counting its units;
 * - OmegaT: only if `omegat` is installed (it is driven through its classes; when absent, said so).
 * Runs are paired (ours, then the peer, RUNS times) and the figures are medians of wall and CPU time;
 * peak memory is the max RSS that /usr/bin/time reports. Ratios below 1.00 mean we are faster; the memory
 * target is at most twice the file's size. The database size after our load is printed too.
 *
 * For the TBX load, the CPU time of the XML parse alone and of the TBX reader, measured in this process on
 * the same file (bench/tbx-load-parts.ts), are printed beside it with the parser's share of our load.
 *
 *   npx tsx bench/load-peers.ts [entries] [runs] [tbx,tmx]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeTmx } from '../src/core/formats/bilingual';
import { writeGlossary } from '../src/core/formats/glossary';
// @ts-expect-error plain-JavaScript script without types
import { cliBundleIsCurrent } from '../scripts/cli-bundle.mjs';
import { tmxDocs } from './parse-peers';
import { syntheticEntries } from './glossary-import';
import { tbxLoadParts } from './tbx-load-parts';

const N = Number(process.argv[2] ?? 100_000);
const RUNS = Number(process.argv[3] ?? 3);
const KINDS = (process.argv[4] ?? 'tbx,tmx').split(',');
const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const bin = join(root, 'bin', 'barabar.mjs');
/** Debian's interpreter: the one translate-toolkit is installed for (a pyenv `python3` may not see it). */
const PYTHON = '/usr/bin/python3';
const TIME = '/usr/bin/time';

const PEER = `
import sys
kind, path = sys.argv[1], sys.argv[2]
if kind == 'tbx':
    from translate.storage import tbx as mod
    store = mod.tbxfile.parsefile(path)
else:
    from translate.storage import tmx as mod
    store = mod.tmxfile.parsefile(path)
print(sum(1 for u in store.units if u.source))
`;

interface Run {
  wallMs: number;
  cpuMs: number;
  maxRssMB: number;
  stdout: string;
}

/** One whole process under /usr/bin/time: wall, user+system CPU and max RSS of the process. */
function timed(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Run {
  const run = spawnSync(TIME, ['-f', '@@%e %U %S %M', cmd, ...args], {
    cwd: root,
    env,
    encoding: 'utf8',
    maxBuffer: 16 << 20,
  });
  const line = run.stderr.split('\n').find((l) => l.startsWith('@@'));
  if (run.status !== 0 || line === undefined)
    throw new Error(
      `${cmd} ${args.join(' ')} failed: ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`,
    );
  const [wall, user, sys, rssKB] = line.slice(2).split(' ').map(Number);
  return {
    wallMs: Math.round((wall ?? 0) * 1000),
    cpuMs: Math.round(((user ?? 0) + (sys ?? 0)) * 1000),
    maxRssMB: Math.round((rssKB ?? 0) / 1024),
    stdout: run.stdout,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

const ratio = (a: number, b: number): number => Math.round((a / b) * 100) / 100;

function peerMissing(): string | undefined {
  if (!existsSync(PYTHON)) return `${PYTHON} is missing`;
  const probe = spawnSync(PYTHON, ['-c', 'import translate.storage.tbx, translate.storage.tmx'], {
    encoding: 'utf8',
  });
  return probe.status === 0 ? undefined : 'translate-toolkit is not installed (Debian: translate-toolkit)';
}

function omegatStatus(): string {
  const which = spawnSync('sh', ['-c', 'command -v omegat'], { encoding: 'utf8' });
  return which.status === 0
    ? `installed at ${which.stdout.trim()}, not driven by this bench yet`
    : 'not installed here (`which omegat` finds nothing; Debian package omegat): no OmegaT ratio';
}

export function benchLoadPeers(n = N, runs = RUNS): Record<string, unknown> {
  const dir = mkdtempSync(join(tmpdir(), 'barabar-load-'));
  const result: Record<string, unknown> = {
    entries: n,
    runs,
    loadAverageBefore: loadavg()[0],
    // A stale bundle makes bin/barabar.mjs run the sources through tsx: slower and heavier, not the product.
    cli: (cliBundleIsCurrent as (dir: string) => boolean)(root)
      ? 'bundle (out/cli)'
      : 'sources through tsx (run npm run build first)',
  };
  try {
    const opts = { createdAt: new Date(0), tool: 'bench' };
    const files = { tbx: join(dir, 'bench.tbx'), tmx: join(dir, 'bench.tmx') };
    writeFileSync(files.tbx, [...writeGlossary(syntheticEntries(n), 'tbx', opts)].join(''));
    writeFileSync(
      files.tmx,
      [...writeTmx(tmxDocs(n), { ...opts, toolVersion: '1', srcLang: 'fa-IR', tgtLang: 'en' })].join(''),
    );
    const missing = peerMissing();
    const ours = {
      tbx: (db: string) => [bin, 'glossary', 'import', files.tbx, '--db', db, '--no-seed', '--json'],
      tmx: (db: string) => [
        bin,
        'tm',
        'import',
        files.tmx,
        '--name',
        'bench',
        '--db',
        db,
        '--no-seed',
        '--json',
      ],
    };
    for (const kind of ['tbx', 'tmx'] as const) {
      if (!KINDS.includes(kind)) continue;
      const fileMB = statSync(files[kind]).size / 2 ** 20;
      const mine: Run[] = [];
      const theirs: Run[] = [];
      let dbMB = 0;
      for (let r = 0; r < runs; r++) {
        const db = join(dir, `${kind}-${r}.sqlite`);
        // bin/barabar.mjs run by its shebang, as the `barabar` command from `npm link` is (its V8 flags too).
        const [command, ...args] = ours[kind](db);
        mine.push(timed(command as string, args));
        dbMB = (statSync(db).size + (existsSync(`${db}-wal`) ? statSync(`${db}-wal`).size : 0)) / 2 ** 20;
        rmSync(db, { force: true });
        rmSync(`${db}-wal`, { force: true });
        rmSync(`${db}-shm`, { force: true });
        if (missing === undefined) {
          const p = timed(PYTHON, ['-c', PEER, kind, files[kind]]);
          if (Number(p.stdout.trim()) !== n)
            throw new Error(`${kind}: translate-toolkit read ${p.stdout.trim()}`);
          theirs.push(p);
        }
      }
      const m = {
        wallMs: median(mine.map((x) => x.wallMs)),
        cpuMs: median(mine.map((x) => x.cpuMs)),
        peakRssMB: median(mine.map((x) => x.maxRssMB)),
      };
      const out: Record<string, unknown> = {
        fileMB: Math.round(fileMB * 10) / 10,
        ours: m,
        oursPeakOverFileSize: ratio(m.peakRssMB, fileMB),
        databaseMB: Math.round(dbMB * 10) / 10,
      };
      if (missing !== undefined) out.translateToolkit = missing;
      else {
        const t = {
          wallMs: median(theirs.map((x) => x.wallMs)),
          cpuMs: median(theirs.map((x) => x.cpuMs)),
          peakRssMB: median(theirs.map((x) => x.maxRssMB)),
        };
        out.translateToolkit = t;
        out.wallRatioOursToTranslateToolkit = ratio(m.wallMs, t.wallMs);
        out.cpuRatioOursToTranslateToolkit = ratio(m.cpuMs, t.cpuMs);
      }
      if (kind === 'tbx') {
        const parts = tbxLoadParts(files.tbx);
        out.inProcessParts = parts;
        out.xmlParseShareOfOurCpu = ratio(parts.xmlParseCpuMs ?? 0, m.cpuMs);
      }
      out.omegat = omegatStatus();
      result[kind] = out;
    }
    result.loadAverageAfter = loadavg()[0];
    result.target = 'every ratio < 1.00; peak RSS <= 2x file size';
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${JSON.stringify(benchLoadPeers(), null, 2)}\n`);
}
