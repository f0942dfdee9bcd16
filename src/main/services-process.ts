/**
 * Entry of the Electron utility process that hosts the services (bundled to out/main/services.cjs and
 * started by service-process.ts). The main process keeps menus, windows and IPC; the database and every
 * long job live here, behind the same host protocol browser mode uses over worker threads.
 */
import type { CreateApiOptions } from '../server/create-api';
import type { HostPort, HostReply } from '../server/host/protocol';
import { runHost } from '../server/host/run-host';

/** Electron's `process.parentPort` (a MessagePortMain); not in @types/node. */
interface ParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (e: { data: unknown }) => void): void;
  off(event: 'message', listener: (e: { data: unknown }) => void): void;
}

const parent = (process as unknown as { parentPort?: ParentPort }).parentPort;
if (!parent) throw new Error('services-process runs only as an Electron utility process');
const parentPort = parent;

const port: HostPort<HostReply, unknown> = {
  post: (message) => parentPort.postMessage(message),
  onMessage(listener) {
    const onMessage = (e: { data: unknown }): void => listener(e.data);
    parentPort.on('message', onMessage);
    return () => parentPort.off('message', onMessage);
  },
};

// The options come as one JSON argument: paths and flags only, nothing secret.
const options = JSON.parse(process.argv.at(-1) ?? '{}') as CreateApiOptions;
runHost(port, options, (code) => process.exit(code));
