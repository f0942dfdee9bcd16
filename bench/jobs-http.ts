// Browser mode under a long job: a 100,000-entry TBX import over HTTP while another client calls
// `app.info` in a loop. Measured twice in the same run: with the services in worker threads (how
// browser mode runs) and with them on the HTTP server's own thread (how it ran before). Target:
// app.info p95 < 50 ms with the workers.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeGlossary } from '../src/core/formats/glossary';
import { createApi } from '../src/server/create-api';
import { createDispatcher } from '../src/server/dispatch';
import { startServiceHosts } from '../src/server/host/service-hosts';
import { startHttpServer } from '../src/server/http';
import type { Dispatch } from '../src/server/dispatch';
import { syntheticEntries } from './glossary-import';

interface Door {
  dispatch: Dispatch;
  close(): Promise<void>;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function measure(door: Door, dir: string, contentBase64: string) {
  const server = await startHttpServer({ dispatch: door.dispatch, rendererDir: dir });
  const base = `http://127.0.0.1:${server.port}/api/`;
  const headers = { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' };
  const post = (method: string, body: unknown) =>
    fetch(`${base}${method}`, { method: 'POST', headers, body: JSON.stringify(body) }).then((r) => r.json());
  try {
    await post('app.info', {});
    let running = true;
    const t0 = performance.now();
    const job = post('glossary.import', { fileName: 'bench.tbx', contentBase64 }).then((r) => {
      running = false;
      return r as { ok: boolean };
    });
    const latencies: number[] = [];
    let failed = 0;
    while (running) {
      const t = performance.now();
      // A server thread blocked for many seconds drops connections: count it, keep the wait it cost.
      await post('app.info', {}).catch(() => failed++);
      latencies.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 10));
    }
    const result = await job;
    const importMs = performance.now() - t0;
    if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result).slice(0, 300)}`);
    latencies.sort((a, b) => a - b);
    return {
      importMs: Math.round(importMs),
      appInfoCalls: latencies.length,
      appInfoFailed: failed,
      appInfoP50Ms: +percentile(latencies, 50).toFixed(1),
      appInfoP95Ms: +percentile(latencies, 95).toFixed(1),
      appInfoMaxMs: +(latencies.at(-1) ?? NaN).toFixed(1),
      // Other work on this 2-core machine skews every figure: the 1-minute load when the import ended.
      loadAverage1m: +(loadavg()[0] ?? NaN).toFixed(2),
    };
  } finally {
    await server.close();
  }
}

export async function benchJobsHttp(n = 100_000): Promise<Record<string, unknown>> {
  const tbx = [...writeGlossary(syntheticEntries(n), 'tbx', { createdAt: new Date(0), tool: 'bench' })].join(
    '',
  );
  const contentBase64 = Buffer.from(tbx, 'utf8').toString('base64');
  const dir = mkdtempSync(join(tmpdir(), 'barabar-bench-jobs-'));
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html>');
  const loadBefore = +(loadavg()[0] ?? NaN).toFixed(2);
  try {
    const hosts = await startServiceHosts({ dbPath: join(dir, 'workers.sqlite') });
    const workers = await measure(hosts, join(dir, 'renderer'), contentBase64);
    await hosts.close();

    const api = createApi({ dbPath: join(dir, 'main-thread.sqlite') });
    const mainThread = await measure(
      { dispatch: createDispatcher(api.handlers), close: async () => api.close() },
      join(dir, 'renderer'),
      contentBase64,
    );
    api.close();
    return {
      entries: n,
      tbxMB: +(tbx.length / 2 ** 20).toFixed(1),
      loadAverageBefore1m: loadBefore,
      workers,
      mainThread,
      targetP95Ms: 50,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await benchJobsHttp(Number(process.argv[2] ?? 100_000)), null, 2));
}
