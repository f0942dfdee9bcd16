/**
 * The body of a service host, whatever runs it (a worker thread in browser mode, a utility process in
 * Electron): open the database, serve calls until told to shut down, then close it cleanly.
 */
import { createApi, type CreateApiOptions } from '../create-api';
import { createDispatcher, errorToEnvelope } from '../dispatch';
import type { HostPort, HostReply } from './protocol';
import { serveHost } from './serve-host';

/** Sent by the door when it stops: the host closes its database (WAL checkpoint) and exits. */
export const SHUTDOWN = 'barabar:shutdown';

export function runHost(
  port: HostPort<HostReply, unknown>,
  options: CreateApiOptions,
  exit: (code: number) => void,
): void {
  const log = (m: string): void => void process.stderr.write(`${m}\n`);
  let api: ReturnType<typeof createApi>;
  try {
    api = createApi(options);
  } catch (err) {
    port.post({ type: 'failed', error: errorToEnvelope(err, 'open', log) });
    return exit(1);
  }
  const dispatch = createDispatcher(api.handlers, { logError: log });
  const stop = serveHost(port, dispatch);
  port.onMessage((message) => {
    if (message !== SHUTDOWN) return;
    stop();
    api.close();
    exit(0);
  });
  port.post({ type: 'ready' });
}
