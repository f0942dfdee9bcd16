import { parseInWorker } from '../src/server/parse-worker/parse-in-worker';
let peak = 0; const t = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 20);
const g = parseInWorker<unknown, unknown>({ kind: process.argv[2] as 'glossary', path: process.argv[3]!, format: undefined } as never);
let n = 0; const t0 = performance.now();
for (;;) { const r = await g.next(); if (r.done) break; n += r.value.items.length; }
clearInterval(t);
console.log('items', n, 'ms', (performance.now() - t0).toFixed(0), 'peak rss MB', (peak / 2 ** 20).toFixed(0), 'heap', (process.memoryUsage().heapUsed/2**20).toFixed(0));
