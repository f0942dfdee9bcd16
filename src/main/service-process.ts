/**
 * Starts the services in an Electron utility process and speaks the host protocol to it. Not run in
 * this repository's tests (no Electron binary here); the protocol, the host and the router it plugs
 * into are tested over worker threads, which use the same code.
 */
import { join } from 'node:path';
import { utilityProcess } from 'electron';
import type { CreateApiOptions } from '../server/create-api';
import { createHostClient, hostStartError } from '../server/host/host-client';
import { SHUTDOWN } from '../server/host/run-host';
import type { StartedHost } from '../server/host/service-hosts';

export async function startUtilityHost(options: CreateApiOptions): Promise<StartedHost> {
  const child = utilityProcess.fork(join(__dirname, 'services.cjs'), [JSON.stringify(options)], {
    serviceName: 'Barabar services',
    stdio: 'inherit',
  });
  const client = createHostClient({
    post: (message) => child.postMessage(message),
    onMessage(listener) {
      child.on('message', listener);
      return () => child.off('message', listener);
    },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.on('exit', (code) => client.lost(`exit ${code}`));
  try {
    await client.ready;
  } catch (failure) {
    child.kill();
    throw hostStartError(failure);
  }
  return {
    dispatch: client.dispatch,
    async close() {
      child.postMessage(SHUTDOWN);
      const timeout = setTimeout(() => child.kill(), 10_000);
      await exited;
      clearTimeout(timeout);
    },
  };
}
