/**
 * Two hosts, two database connections: one for short calls (saves, lists, app.info) and one for long
 * jobs. A job that parses a 100k-entry file for seconds therefore never delays a save or a health
 * check; jobs commit in short transactions so the short-call connection can write in between.
 */
import type { CreateApiOptions } from '../create-api';
import type { DoorDispatch } from './host-client';
import { isJobMethod } from '../../shared/api';
import { startWorkerHost } from './worker-host';

export interface ServiceHosts {
  dispatch: DoorDispatch;
  close(): Promise<void>;
}

/** Routes each call by kind; both sides speak the same protocol, so the door cannot tell them apart. */
export function routeCalls(short: DoorDispatch, jobs: DoorDispatch): DoorDispatch {
  return (method, input, call) => (isJobMethod(method) ? jobs : short)(method, input, call);
}

/** A started host of either kind: a worker thread (browser mode) or a utility process (Electron). */
export interface StartedHost {
  dispatch: DoorDispatch;
  close(): Promise<void>;
}

export async function startServiceHosts(
  options: CreateApiOptions,
  start: (options: CreateApiOptions) => Promise<StartedHost> = startWorkerHost,
): Promise<ServiceHosts> {
  // The short-call host first: it runs the migrations and the seeding alone, so the jobs host opens a
  // database that is already up to date.
  const short = await start(options);
  let jobs: StartedHost;
  try {
    jobs = await start({ ...options, seed: undefined });
  } catch (err) {
    await short.close();
    throw err;
  }
  return {
    dispatch: routeCalls(short.dispatch, jobs.dispatch),
    async close() {
      // One after the other: the last connection to close checkpoints the WAL and deletes it, but two
      // closing at once can each see the other still open and both leave the WAL behind.
      await jobs.close();
      await short.close();
    },
  };
}
