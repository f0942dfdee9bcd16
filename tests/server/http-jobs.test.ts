/**
 * Long jobs through the browser-mode door: the real HTTP server in front of the services in worker
 * threads, spoken to with fetch. Progress streams as JSON lines; closing the request cancels the job.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServiceHosts, type ServiceHosts } from '../../src/server/host/service-hosts';
import { PROGRESS_MEDIA_TYPE, startHttpServer, type RunningHttpServer } from '../../src/server/http';
import { syntheticTsv } from '../helpers/synthetic-glossary';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
let hosts: ServiceHosts | undefined;
let server: RunningHttpServer | undefined;
afterEach(async () => {
  await server?.close();
  await hosts?.close();
  server = hosts = undefined;
});

async function start(): Promise<{ base: string; auth: Record<string, string> }> {
  const dir = tempDir();
  mkdirSync(join(dir, 'r'));
  writeFileSync(join(dir, 'r', 'index.html'), '<!doctype html>');
  hosts = await startServiceHosts({ dbPath: join(dir, 'h.sqlite') });
  server = await startHttpServer({ dispatch: hosts.dispatch, rendererDir: join(dir, 'r') });
  return {
    base: `http://127.0.0.1:${server.port}/api/`,
    auth: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
  };
}

async function count(base: string, auth: Record<string, string>): Promise<number> {
  const res = await fetch(`${base}glossary.list`, { method: 'POST', headers: auth, body: '{"limit":1}' });
  return ((await res.json()) as { result: { total: number } }).result.total;
}

describe('long jobs over HTTP', { timeout: 180_000 }, () => {
  it('streams progress lines and then the result when asked for them', async () => {
    const { base, auth } = await start();
    const res = await fetch(`${base}glossary.import`, {
      method: 'POST',
      headers: { ...auth, Accept: PROGRESS_MEDIA_TYPE },
      body: JSON.stringify({ fileName: 'g.tsv', contentBase64: b64(syntheticTsv(5_000)) }),
    });
    expect(res.headers.get('content-type')).toContain(PROGRESS_MEDIA_TYPE);
    const lines = (await res.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const last = lines.pop();
    expect(last).toMatchObject({ ok: true, result: { applied: true, added: 5_000 } });
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.map((l) => (l.progress as { phase: string }).phase)).toContain('write');
    expect(await count(base, auth)).toBe(5_000);
  });

  it('cancels the job when the client aborts the request, leaving the glossary unchanged', async () => {
    const { base, auth } = await start();
    const controller = new AbortController();
    const res = await fetch(`${base}glossary.import`, {
      method: 'POST',
      headers: { ...auth, Accept: PROGRESS_MEDIA_TYPE },
      body: JSON.stringify({ fileName: 'g.tsv', contentBase64: b64(syntheticTsv(30_000)) }),
      signal: controller.signal,
    });
    // Read until the first progress line, then walk away.
    const reader = res.body!.getReader();
    await reader.read();
    controller.abort();
    await reader.closed.catch(() => undefined);
    expect(await count(base, auth)).toBe(0);
    // Imports run one after the other, so this one ends with 3 entries only if the big one was
    // cancelled rather than published (30,003 otherwise), however fast the machine.
    const again = await fetch(`${base}glossary.import`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ fileName: 'small.tsv', contentBase64: b64(syntheticTsv(3)) }),
    });
    expect(await again.json()).toMatchObject({ ok: true, result: { added: 3 } });
    expect(await count(base, auth)).toBe(3);
  });

  it('every job streams: an export reports its segments, and an aborted report import imports nothing', async () => {
    const { base, auth } = await start();
    const post = (method: string, body: unknown, extra: RequestInit = {}) =>
      fetch(`${base}${method}`, {
        method: 'POST',
        headers: { ...auth, Accept: PROGRESS_MEDIA_TYPE },
        body: JSON.stringify(body),
        ...extra,
      });
    const paragraph = (p: number) =>
      Array.from({ length: 10 }, (_, i) => `جملهٔ ${p * 10 + i + 1} دربارهٔ دیدار است.`).join(' ');
    const report = (n: number) => b64(`${Array.from({ length: n }, (_, p) => paragraph(p)).join('\n')}\n`);
    const imported = (
      await (await post('documents.import', { fileName: 'r.txt', contentBase64: report(300) })).text()
    )
      .trim()
      .split('\n');
    const { result } = JSON.parse(imported.at(-1)!) as { result: { document: { id: number } } };
    const exported = (
      await (await post('exchange.export', { documentIds: [result.document.id], format: 'tsv' })).text()
    )
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { progress?: { phase: string; done: number; total: number } });
    expect(exported.at(-2)?.progress).toEqual({ phase: 'export', done: 3_000, total: 3_000 });

    const controller = new AbortController();
    const files = Array.from({ length: 20 }, (_, i) => ({
      fileName: `m${i}.txt`,
      contentBase64: report(100 + i),
    }));
    const res = await post('documents.importMany', { files }, { signal: controller.signal });
    const reader = res.body!.getReader();
    await reader.read();
    controller.abort();
    await reader.closed.catch(() => undefined);
    // Jobs take turns: this list answers after the cancelled import has stopped.
    await post('qa.run', { documentIds: [] }).then((r) => r.text());
    const list = (await (
      await fetch(`${base}documents.list`, { method: 'POST', headers: auth, body: '{}' })
    ).json()) as {
      result: unknown[];
    };
    expect(list.result).toHaveLength(1);
  });
});
