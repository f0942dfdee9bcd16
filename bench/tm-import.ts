// Child process of bench/tm.ts: imports one TMX file into a database and reports time and peak memory,
// so the peak RSS is the import's own.
import { createApi } from '../src/server/create-api';

const [file, db] = process.argv.slice(2) as [string, string];
const api = createApi({ dbPath: db });
const t0 = performance.now();
const c0 = process.cpuUsage();
// The CLI's path: the file read as a stream by the tm.importFile handler, with progress reports.
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
