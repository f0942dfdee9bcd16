/**
 * Loads end to end against the peers (issue 14.2): the same generated 100,000-entry TBX and 100,000-unit
 * TMX loaded by whole processes, in the same run:
 * - ours: `barabar glossary import FILE.tbx` and `barabar tm import FILE.tmx` (bin/barabar.mjs as the
 *   README runs it, on a fresh database file each run);
 * - translate-toolkit (Debian package): `python3 -c` loading the file with `translate.storage.tbx` / `tmx`
 *   and counting its units;
 * - OmegaT 3.6: only if `omegat` is installed (bench/omegat-peer.ts: `omegat --mode=console-translate` on
 *   a project with the TMX in tm/auto, a small Java program calling its TBX reader for the glossary; each
 *   run checked to have loaded the file), with its start-up on the same project with nothing to load.
 * Runs are paired (ours, then each peer, RUNS times) and the figures are medians of wall and CPU time;
 * peak memory is the max RSS that /usr/bin/time reports. Ratios below 1.00 mean we are faster; the memory
 * target is at most twice the file's size. The database size after our load is printed too, and the
 * same load with the other threading (BARABAR_PARSE_WORKER: two threads below PARSE_WORKER_MIN_BYTES,
 * one above), run in each pair after ours, as `oursOtherThreading`.
 *
 * For the TBX load, the CPU time of the XML parse alone and of the TBX reader, measured in this process on
 * the same file (bench/tbx-load-parts.ts), are printed beside it with the parser's share of our load.
 * For both, `floors` (bench/load-floors.ts) sums what no parser can remove: the write side alone, the
 * least walk any JavaScript tokenizer must make over the text, decoding, and start-up; its ratio to
 * translate-toolkit's CPU time says whether a faster parser alone could reach the target.
 *
 *   npx tsx bench/load-peers.ts [entries] [runs] [tbx,tmx]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
// @ts-expect-error plain-JavaScript script without types
import { cliBundleIsCurrent } from '../scripts/cli-bundle.mjs';
import { PARSE_WORKER_ENV, PARSE_WORKER_MIN_BYTES } from '../src/server/parse-worker/parse-in-worker';
import { writeLoadFiles } from './load-files';
import { loadFloors } from './load-floors';
import { tbxLoadParts } from './tbx-load-parts';
import { timedProcess } from './timed-process';
import { omegatPeer, type OmegatProbe } from './omegat-peer';

const N = Number(process.argv[2] ?? 100_000);
const RUNS = Number(process.argv[3] ?? 3);
const KINDS = (process.argv[4] ?? 'tbx,tmx').split(',');
const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const bin = join(root, 'bin', 'barabar.mjs');
/** Debian's interpreter: the one translate-toolkit is installed for (a pyenv `python3` may not see it). */
const PYTHON = '/usr/bin/python3';

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

/** One whole process (see timed-process.ts), times rounded to the millisecond. */
function timed(cmd: string, args: string[], env?: NodeJS.ProcessEnv): Run {
  const r = timedProcess(cmd, args, { cwd: root, env: env && { ...process.env, ...env } });
  return { ...r, wallMs: Math.round(r.wallMs), cpuMs: Math.round(r.cpuMs) };
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

function removeDb(db: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${db}${suffix}`, { force: true });
}

const medians = (runs: Run[]) => ({
  wallMs: median(runs.map((x) => x.wallMs)),
  cpuMs: median(runs.map((x) => x.cpuMs)),
  peakRssMB: median(runs.map((x) => x.maxRssMB)),
});

export async function benchLoadPeers(n = N, runs = RUNS): Promise<Record<string, unknown>> {
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
    const { entries, docs, ...files } = writeLoadFiles(dir, n);
    // What OmegaT must show it loaded: the file's last unit / term entry.
    const lastUnit = [...(docs[0]?.segments ?? [])].at(-1);
    const lastTerms = entries.at(-1)?.terms ?? [];
    const probes: Record<'tbx' | 'tmx', OmegatProbe> = {
      tmx: { kind: 'tmx', source: lastUnit?.source ?? '', target: lastUnit?.target ?? '' },
      tbx: {
        kind: 'tbx',
        entries: n,
        source: lastTerms.find((t) => t.lang === 'fa')?.text ?? '',
        target: lastTerms.find((t) => t.lang === 'en')?.text ?? '',
      },
    };
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
      // The same load with the other threading (BARABAR_PARSE_WORKER): what a second thread gains below
      // PARSE_WORKER_MIN_BYTES and costs in memory there, or what one thread costs above it.
      const twoThreads = fileMB * 2 ** 20 >= PARSE_WORKER_MIN_BYTES;
      const otherEnv = { [PARSE_WORKER_ENV]: twoThreads ? 'never' : 'always' };
      const other: Run[] = [];
      const theirs: Run[] = [];
      const omegat = omegatPeer(probes[kind], files[kind], dir, timed);
      const omegatRuns: Run[] = [];
      const omegatBaseline: Run[] = [];
      let dbMB = 0;
      for (let r = 0; r < runs; r++) {
        const db = join(dir, `${kind}-${r}.sqlite`);
        // bin/barabar.mjs run by its shebang, as the `barabar` command from `npm link` is (its V8 flags too).
        const [command, ...args] = ours[kind](db);
        mine.push(timed(command as string, args));
        dbMB = (statSync(db).size + (existsSync(`${db}-wal`) ? statSync(`${db}-wal`).size : 0)) / 2 ** 20;
        removeDb(db);
        other.push(timed(command as string, args, otherEnv));
        removeDb(db);
        if (missing === undefined) {
          const p = timed(PYTHON, ['-c', PEER, kind, files[kind]]);
          if (Number(p.stdout.trim()) !== n)
            throw new Error(`${kind}: translate-toolkit read ${p.stdout.trim()}`);
          theirs.push(p);
        }
        if (typeof omegat !== 'string') {
          omegatRuns.push(omegat.load());
          omegatBaseline.push(omegat.baseline());
        }
      }
      const m = medians(mine);
      const alt = medians(other);
      const out: Record<string, unknown> = {
        fileMB: Math.round(fileMB * 10) / 10,
        ours: { threads: twoThreads ? 2 : 1, ...m },
        oursPeakOverFileSize: ratio(m.peakRssMB, fileMB),
        databaseMB: Math.round(dbMB * 10) / 10,
        oursOtherThreading: {
          threads: twoThreads ? 1 : 2,
          env: otherEnv,
          ...alt,
          peakOverFileSize: ratio(alt.peakRssMB, fileMB),
        },
      };
      if (missing !== undefined) out.translateToolkit = missing;
      else {
        const t = medians(theirs);
        out.translateToolkit = t;
        out.wallRatioOursToTranslateToolkit = ratio(m.wallMs, t.wallMs);
        out.cpuRatioOursToTranslateToolkit = ratio(m.cpuMs, t.cpuMs);
        out.wallRatioOtherThreadingToTranslateToolkit = ratio(alt.wallMs, t.wallMs);
      }
      if (kind === 'tbx') {
        const parts = tbxLoadParts(files.tbx);
        out.inProcessParts = parts;
        out.xmlParseShareOfOurCpu = ratio(parts.xmlParseCpuMs ?? 0, m.cpuMs);
      }
      if (typeof omegat === 'string') out.omegat = omegat;
      else {
        const o = medians(omegatRuns);
        const base = medians(omegatBaseline);
        out.omegat = {
          version: omegat.version,
          driven:
            kind === 'tmx'
              ? 'omegat --mode=console-translate, TMX in tm/auto (its last unit translated the probe)'
              : 'GlossaryReaderTBX.read on glossary/*.tbx from a Java driver (every entry read)',
          ...o,
          startupBaseline: base,
          loadOnlyWallMs: o.wallMs - base.wallMs,
          loadOnlyCpuMs: o.cpuMs - base.cpuMs,
        };
        out.wallRatioOursToOmegat = ratio(m.wallMs, o.wallMs);
        out.cpuRatioOursToOmegat = ratio(m.cpuMs, o.cpuMs);
      }
      result[kind] = out;
    }
    // The floors (bench/load-floors.ts), measured after the processes above so they cannot disturb them.
    const startup = medians(Array.from({ length: runs }, () => timed(bin, ['--version'])));
    const floors = await loadFloors(files, Math.min(runs, 3));
    for (const kind of ['tbx', 'tmx'] as const) {
      const out = result[kind] as Record<string, unknown> | undefined;
      if (out === undefined) continue;
      const f = floors[kind];
      const floorCpuMs = f.writeCpuMs + f.xmlWalkCpuMs + f.decodeCpuMs + startup.cpuMs;
      out.floors = { ...f, startupCpuMs: startup.cpuMs, sumCpuMs: Math.round(floorCpuMs) };
      const peer = out.translateToolkit as { cpuMs?: number } | string;
      if (typeof peer !== 'string' && peer.cpuMs !== undefined)
        out.floorCpuOverTranslateToolkitCpu = ratio(floorCpuMs, peer.cpuMs);
    }
    result.loadAverageAfter = loadavg()[0];
    result.target = 'every ratio < 1.00; peak RSS <= 2x file size';
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${JSON.stringify(await benchLoadPeers(), null, 2)}\n`);
}
