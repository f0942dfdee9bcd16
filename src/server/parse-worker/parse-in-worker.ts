/**
 * The reading side of the parse worker (protocol.ts): starts the thread on a file and hands its batches
 * on as they come. Leaving the loop early (a cancel, an error while writing) ends the thread.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { AppError } from '../../shared/errors';
import { spawnWorker } from '../spawn-worker';
import { NotUtf8 } from '../text-file-source';
import { ACK, type ParseRequest, type WorkerMessage } from './protocol';

// Built, the worker is an entry of the CLI bundle beside this chunk (scripts/build-cli.mjs); from
// sources it is the TypeScript module. Not a literal: bundlers must not try to resolve it themselves.
const fromSources = import.meta.url.endsWith('.ts');
const entry = new URL(fromSources ? './worker-main.ts' : './parse-worker.mjs', import.meta.url);

/**
 * V8's young generation of the worker, in MiB: as bin/barabar.mjs caps the main thread's
 * (--max-semi-space-size=4, three semi-spaces), so the two threads together stay within twice the file.
 */
const YOUNG_GENERATION_MIB = 12;

/** Whether this build can start the worker (the app's bundles have no parse-worker entry). */
export function parseWorkerAvailable(): boolean {
  return existsSync(fileURLToPath(entry));
}

export interface ParsedBatch<Item> {
  items: Item[];
  /** Bytes of the file read so far. */
  bytes: number;
}

/** The file's items in batches; returns the job's end result. Throws what the parse threw. */
export async function* parseInWorker<Item, End>(
  request: ParseRequest,
): AsyncGenerator<ParsedBatch<Item>, End> {
  const worker: Worker = spawnWorker(entry, {
    workerData: request,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MIB },
  });
  const inbox: WorkerMessage[] = [];
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const arrived = (): void => {
    wake?.();
    wake = undefined;
  };
  worker.on('message', (m: WorkerMessage) => {
    inbox.push(m);
    arrived();
  });
  worker.on('error', (err) => {
    failure ??= err;
    arrived();
  });
  worker.on('exit', (code) => {
    failure ??= new Error(`the parse worker stopped (exit code ${code})`);
    arrived();
  });
  try {
    for (;;) {
      const m = inbox.shift();
      if (m === undefined) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      switch (m.t) {
        case 'batch':
          // Taken: the worker may parse the next one while this one is written.
          worker.postMessage(ACK);
          yield { items: JSON.parse(m.json) as Item[], bytes: m.bytes };
          break;
        case 'end':
          return JSON.parse(m.json) as End;
        case 'error':
          throw new AppError(m.error.code, m.error.params);
        case 'not-utf8':
          throw new NotUtf8();
        case 'failed':
          throw new Error(m.message);
      }
    }
  } finally {
    worker.removeAllListeners('exit');
    await worker.terminate();
  }
}
