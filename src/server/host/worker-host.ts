/**
 * Starts the services in a worker thread (browser mode, tests, bench) and returns a client whose
 * `dispatch` has the dispatcher's shape. The HTTP server keeps the main thread to itself, so a long
 * import never holds up a request that the import does not need.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CreateApiOptions } from '../create-api';
import { createHostClient, hostStartError, type HostClient } from './host-client';
import { SHUTDOWN } from './run-host';

export interface WorkerHost extends HostClient {
  /** Cancels running jobs, closes the database, ends the thread. */
  close(): Promise<void>;
}

const entry = new URL(`./worker-main${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

/**
 * From sources (tsx, vitest) a worker cannot load TypeScript by itself: a two-line CommonJS boot
 * registers tsx's loader in the new thread first.
 */
export function spawnHostWorker(workerData: { api: CreateApiOptions }): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData });
  // The ESM build of tsx's API (its "import" export); resolved by hand because require() gets the CJS one.
  const tsxDir = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsxApi = pathToFileURL(join(tsxDir, 'dist', 'esm', 'api', 'index.mjs')).href;
  const boot = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(boot, { eval: true, workerData });
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
