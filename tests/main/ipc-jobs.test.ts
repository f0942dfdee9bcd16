/**
 * Progress and cancel over Electron IPC, every piece but Electron real: the renderer's API client and IPC
 * transport, the preload's bridge, the main process's router and the service hosts (worker threads, the
 * same host code and protocol the utility process runs). Only ipcRenderer and the webContents are stand-ins
 * that pass messages through structuredClone, as Electron's IPC does.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApiRouter, type ApiRouter } from '../../src/main/api-router';
import { createBridge, type RendererIpc } from '../../src/preload/bridge';
import { createApiClient } from '../../src/renderer/src/api/client';
import { createIpcTransport } from '../../src/renderer/src/api/ipc-transport';
import { startServiceHosts, type ServiceHosts } from '../../src/server/host/service-hosts';
import { API_CALL_CHANNEL, JOB_CANCEL_CHANNEL } from '../../src/shared/api/bridge';
import type { JobProgress } from '../../src/shared/jobs';
import { syntheticTsv } from '../helpers/synthetic-glossary';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
let hosts: ServiceHosts | undefined;
afterEach(async () => {
  await hosts?.close();
  hosts = undefined;
});

type Listener = (event: unknown, payload: unknown) => void;

/** One page: a stand-in webContents on the main side and a stand-in ipcRenderer on the page side. */
function page(router: ApiRouter, id: number) {
  const listeners = new Map<string, Set<Listener>>();
  const sender = {
    id,
    destroyed: false,
    isDestroyed() {
      return this.destroyed;
    },
    send(channel: string, payload: unknown) {
      for (const l of listeners.get(channel) ?? []) l({ sender: 'ipcRenderer' }, structuredClone(payload));
    },
  };
  const ipc = {
    async invoke(channel: string, message: unknown) {
      if (channel !== API_CALL_CHANNEL) throw new Error(`no handler for ${channel}`);
      return structuredClone(await router.call(sender, structuredClone(message)));
    },
    send(channel: string, message: unknown) {
      if (channel === JOB_CANCEL_CHANNEL) router.cancel(sender, structuredClone(message));
    },
    on(channel: string, listener: Listener) {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
      return ipc;
    },
    removeListener(channel: string, listener: Listener) {
      listeners.get(channel)?.delete(listener);
      return ipc;
    },
  };
  const bridge = createBridge(ipc as unknown as RendererIpc);
  return { sender, bridge, api: createApiClient(createIpcTransport(bridge)) };
}

async function start() {
  hosts = await startServiceHosts({ dbPath: join(tempDir(), 'ipc.sqlite') });
  return createApiRouter(hosts.dispatch);
}

describe('long jobs over IPC', { timeout: 180_000 }, () => {
  it('brings progress to the page and cancels in the services process: nothing imported', async () => {
    const router = await start();
    const { api } = page(router, 1);
    const input = { fileName: 'big.tsv', contentBase64: b64(syntheticTsv(30_000)) };
    const controller = new AbortController();
    const seen: JobProgress[] = [];
    await expect(
      api.call('glossary.import', input, {
        signal: controller.signal,
        onProgress: (p) => {
          seen.push(p);
          // Cancelled while the file is read: into an empty glossary the plan is "add them all", one
          // step straight after the read, with no time left for a cancel to arrive.
          if (p.phase === 'read' && p.done > 0) controller.abort();
        },
      }),
    ).rejects.toMatchObject({ code: 'cancelled' });
    expect(seen.some((p) => p.phase === 'read' && p.done > 0)).toBe(true);
    expect((await api.call('glossary.list', { limit: 1 })).total).toBe(0);
    expect(router.running()).toBe(0);

    const phases: string[] = [];
    const report = await api.call('glossary.import', input, { onProgress: (p) => phases.push(p.phase) });
    expect(report.added).toBe(30_000);
    expect(phases).toEqual(expect.arrayContaining(['read', 'plan', 'write']));
    expect((await api.call('glossary.list', { limit: 1 })).total).toBe(30_000);
  });

  it("a page cannot cancel another page's job, even one with the same number", async () => {
    const router = await start();
    const [one, two] = [page(router, 1), page(router, 2)];
    const progress: JobProgress[] = [];
    const job = one.bridge.call(
      'glossary.import',
      { fileName: 'a.tsv', contentBase64: b64(syntheticTsv(20_000)) },
      {
        id: 1,
        onProgress: (p) => {
          progress.push(p);
          two.bridge.cancel(1);
        },
      },
    );
    expect(await job).toMatchObject({ ok: true, result: { added: 20_000 } });
    expect(progress.length).toBeGreaterThan(0);
  });

  it('cancels the jobs of a page that went away, and refuses a job number already running', async () => {
    const router = await start();
    const { bridge, sender } = page(router, 7);
    const input = { fileName: 'a.tsv', contentBase64: b64(syntheticTsv(30_000)) };
    let forgotten = false;
    const job = bridge.call('glossary.import', input, {
      id: 3,
      onProgress: () => {
        if (forgotten) return;
        forgotten = true;
        sender.destroyed = true;
        router.forget(7);
      },
    });
    expect(await bridge.call('glossary.import', input, { id: 3 })).toMatchObject({
      ok: false,
      error: { code: 'validation', params: { field: 'job' } },
    });
    expect(await job).toEqual({ ok: false, error: { code: 'cancelled', params: {} } });
    for (const bad of [0, -1, 1.5, '2'])
      expect(await router.call(sender, { method: 'app.info', input: {}, job: bad })).toMatchObject({
        ok: false,
        error: { code: 'validation', params: { field: 'job' } },
      });
  });

  it('a call aborted before it is sent never reaches the services', async () => {
    const router = await start();
    const { api } = page(router, 1);
    const controller = new AbortController();
    controller.abort();
    await expect(
      api.call(
        'glossary.import',
        { fileName: 'a.tsv', contentBase64: b64(syntheticTsv(10)) },
        { signal: controller.signal },
      ),
    ).rejects.toMatchObject({ code: 'cancelled' });
    expect((await api.call('glossary.list', { limit: 1 })).total).toBe(0);
  });
});
