/**
 * TMX import at scale (issue 9: 1,000,000 units ≤ 60 s and ≤ 1 GB peak RSS, database growth reported;
 * issue 14.2: peak RSS ≤ 2× the file).
 *
 * `npx tsx bench/tm-import.ts` (the `tm-import` part of `npm run bench`): writes the generated news-like
 * memory of BENCH_TM_UNITS units (default 1,000,000; bench/tm-data.ts) and imports it the way a user does,
 * `barabar tm import FILE --name NAME` as a whole process under /usr/bin/time, into a new database. It
 * prints wall and CPU time (user + system: the comparable figure when other work shares the cores), peak
 * RSS against the file size, the database's growth, and the load average around the run.
 *
 * `npx tsx bench/tm-import.ts FILE DB`: the child of bench/tm.ts; imports FILE into DB in this process
 * (the tm.importFile handler, as the CLI calls it) and prints its own time and peak memory.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error plain-JavaScript script without types
import { cliBundleIsCurrent } from '../scripts/cli-bundle.mjs';
import { createApi } from '../src/server/create-api';
import { writeBenchTmx } from './tm-data';
import { timedProcess } from './timed-process';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const mb = (bytes: number): number => Math.round((bytes / 2 ** 20) * 10) / 10;
const size = (f: string): number => (existsSync(f) ? statSync(f).size : 0);

async function importHere(file: string, db: string): Promise<void> {
  const api = createApi({ dbPath: db });
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const report = await api.handlers['tm.importFile'](
    { path: file, name: 'bench' },
    { progress: () => {}, signal: new AbortController().signal },
  );
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  api.services.db.pragma('wal_checkpoint(TRUNCATE)');
  api.close();
  process.stdout.write(
    JSON.stringify({
      ms: Math.round(ms),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      units: report.units,
      skipped: report.skipped,
      maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
}

function benchTmImport(units: number): Record<string, unknown> {
  const dir = mkdtempSync(join(tmpdir(), 'barabar-tm-import-'));
  try {
    const tmx = join(dir, 'bench.tmx');
    const db = join(dir, 'bench.sqlite');
    const g0 = performance.now();
    writeBenchTmx(tmx, units, new Set());
    const generateMs = Math.round(performance.now() - g0);
    createApi({ dbPath: db }).close();
    const emptyBytes = size(db) + size(`${db}-wal`);
    const loadBefore = loadavg().map((x) => +x.toFixed(1));
    const cli = (cliBundleIsCurrent as (dir: string) => boolean)(root)
      ? 'bundle (out/cli)'
      : 'sources through tsx';
    // Run by its shebang, as the `barabar` command from `npm link` is (with its V8 memory flag).
    const run = timedProcess(
      join(root, 'bin', 'barabar.mjs'),
      ['tm', 'import', tmx, '--name', 'bench', '--db', db, '--no-seed', '--json'],
      { cwd: root },
    );
    const report = JSON.parse(run.stdout) as { units: number; skipped: number };
    const fileMB = mb(size(tmx));
    const peakRssMB = run.maxRssMB;
    return {
      units: report.units,
      skipped: report.skipped,
      cli,
      tmxMB: fileMB,
      generateMs,
      wallMs: Math.round(run.wallMs),
      cpuMs: Math.round(run.cpuMs),
      peakRssMB,
      peakOverFileSize: Math.round((peakRssMB / fileMB) * 100) / 100,
      // The WAL is checkpointed into the database when the CLI closes it.
      dbGrowthMB: mb(size(db) + size(`${db}-wal`) - emptyBytes),
      loadBefore,
      loadAfter: loadavg().map((x) => +x.toFixed(1)),
      target: 'at 1,000,000 units: wall ≤ 60 s, peak RSS ≤ 1 GB; peak RSS ≤ 2× the file',
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const [file, db] = process.argv.slice(2);
if (file !== undefined && db !== undefined) await importHere(file, db);
else {
  const units = Number(process.env.BENCH_TM_UNITS ?? process.env.TM_BENCH_UNITS ?? 1_000_000);
  process.stdout.write(`${JSON.stringify(benchTmImport(units), null, 2)}\n`);
}
