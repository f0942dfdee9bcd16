import { tbxLoadParts } from './tbx-load-parts';
import { parseJob } from '../src/server/parse-worker/parse-jobs';
for (let i = 0; i < 2; i++) console.log(JSON.stringify(tbxLoadParts('/tmp/lp/bench.tbx')));
for (let i = 0; i < 3; i++) {
  const c = process.cpuUsage(); let n = 0; let json = 0;
  const job = parseJob({ kind: 'glossary', path: '/tmp/lp/bench.tbx', format: undefined });
  for (let r = job.next(); !r.done; r = job.next()) { n += r.value.items.length; json += JSON.stringify(r.value.items).length; }
  const u = process.cpuUsage(c); console.log('parseJob in-thread cpu ms', ((u.user + u.system) / 1000).toFixed(0), n, json);
}
