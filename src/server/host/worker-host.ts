/**
 * Starts the services in a worker thread (browser mode, tests, bench) and returns a client whose
 * `dispatch` has the dispatcher's shape. The HTTP server keeps the main thread to itself, so a long
 * import never holds up a request that the import does not need.
 */
import type { Worker } from 'node:worker_threads';
import type { CreateApiOptions } from '../create-api';
import { spawnWorker } from '../spawn-worker';
import { createHostClient, hostStartError, type HostClient } from './host-client';
import { SHUTDOWN } from './run-host';

export interface WorkerHost extends HostClient {
  /** Cancels running jobs, closes the database, ends the thread. */
  close(): Promise<void>;
}

const entry = new URL(`./worker-main${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

export function spawnHostWorker(workerData: { api: CreateApiOptions }): Worker {
  return spawnWorker(entry, { workerData });
}

export async function startWorkerHost(api: CreateApiOptions): Promise<WorkerHost> {
  const worker = spawnHostWorker({ api });
  const client = createHostClient({
    post: (message) => worker.postMessage(message),
    onMessage(listener) {
      worker.on('message', listener);
      return () => worker.off('message', listener);
    },
  });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.on('error', (err) => {
    process.stderr.write(`[barabar] service worker: ${err.stack ?? err.message}\n`);
    client.lost(err.message);
  });
  worker.on('exit', (code) => client.lost(`exit ${code}`));
  try {
    await client.ready;
  } catch (failure) {
    await worker.terminate();
    throw hostStartError(failure);
  }
  return {
    ...client,
    async close() {
      worker.postMessage(SHUTDOWN);
      const timeout = setTimeout(() => void worker.terminate(), 10_000);
      await exited;
      clearTimeout(timeout);
    },
  };
}
