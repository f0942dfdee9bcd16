/** Entry of the worker thread that hosts the services in browser mode (started by worker-host.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import type { CreateApiOptions } from '../create-api';
import type { HostPort, HostReply } from './protocol';
import { runHost } from './run-host';

if (!parentPort) throw new Error('worker-main.ts runs only as a worker thread');
const parent = parentPort;

const port: HostPort<HostReply, unknown> = {
  post: (message) => parent.postMessage(message),
  onMessage(listener) {
    parent.on('message', listener);
    return () => parent.off('message', listener);
  },
};

runHost(port, (workerData as { api: CreateApiOptions }).api, (code) => {
  // Closing the port lets the thread end on its own once the database is closed.
  parent.close();
  process.exitCode = code;
});
