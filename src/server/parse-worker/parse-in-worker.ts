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
import { codecFor } from './batch-codec';
import { ACK, type ParseRequest, type WorkerMessage } from './protocol';

// Built, the worker is an entry of the CLI bundle beside this chunk (scripts/build-cli.mjs); from
// sources it is the TypeScript module. Not a literal: bundlers must not try to resolve it themselves.
const fromSources = import.meta.url.endsWith('.ts');
const entry = new URL(fromSources ? './worker-main.ts' : './parse-worker.mjs', import.meta.url);

/**
 * Files from this size up are parsed on the second thread. The thread makes a load a fifth to a quarter
 * faster on two cores (150,000 entries / units: TBX 84 MB 5.4–6.0 → 4.5 s, TMX 78 MB 5.1 → 3.7 s) for
 * 0.7–1.5 s more CPU and 25–40 MB more peak memory: a second V8 heap (an empty worker alone is 13 MB)
 * and batches in flight. Below this size that extra memory takes a load past twice its file's size
 * (issue 14.2: 100,000 entries, TBX 54 MB 94 → 118 MB, TMX 49 MB 90 → 126 MB); at 150,000 it stays
 * within (TBX 128–135 MB = 1.6×, TMX 144–147 MB = 1.9×), and the share shrinks as files grow (300,000:
 * 1.0× and 1.1×). The size keeps a margin for files whose batches are heavier than those benchmarks'.
 */
export const PARSE_WORKER_MIN_BYTES = 80 * 2 ** 20;

/**
 * The environment variable that overrides the choice by size: "always" parses every file on the second
 * thread (a 54 MB TBX loads about a fifth faster, at about 2.2 times its size in memory rather than 1.8),
 * "never" keeps every load on one thread (the least memory). Unset or empty, the size decides.
 */
export const PARSE_WORKER_ENV = 'BARABAR_PARSE_WORKER';

/**
 * Whether a load of a file of `bytes` should parse on the second thread: big enough (see
 * PARSE_WORKER_MIN_BYTES) or asked for (PARSE_WORKER_ENV), and this build can start the worker (the
 * app's bundles have no such entry).
 */
export function useParseWorker(bytes: number, env: NodeJS.ProcessEnv = process.env): boolean {
  const choice = env[PARSE_WORKER_ENV] ?? '';
  if (choice !== '' && choice !== 'always' && choice !== 'never') {
    throw new AppError('validation', {
      field: PARSE_WORKER_ENV,
      message: `"${choice}" is neither "always" nor "never" (leave it unset to choose by the file's size)`,
    });
  }
  const wanted = choice === '' ? bytes >= PARSE_WORKER_MIN_BYTES : choice === 'always';
  return wanted && existsSync(fileURLToPath(entry));
}

/** One batch of a file's items; how far into the file it was read goes to parseInWorker's `onBytes`. */
export interface ParsedBatch<Item> {
  items: Item[];
}

/**
 * The file's items in batches; returns the job's end result. Throws what the parse threw. `onBytes` hears
 * how far into the file each batch was read (read progress).
 */
export async function* parseInWorker<Item, End>(
  request: ParseRequest,
  onBytes?: (done: number) => void,
): AsyncGenerator<ParsedBatch<Item>, End> {
  // The worker has the process's young generation (4 MiB semi-spaces, bin/barabar.mjs). Capping it lower
  // through resourceLimits saved no peak memory (100,000-entry TBX: 116–117 MB either way).
  // The caller names the Item of its request's kind (GlossaryItem, TmxItem).
  const decode = codecFor(request.kind).decode as (batch: string) => Item[];
  const worker: Worker = spawnWorker(entry, { workerData: request });
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
          onBytes?.(m.bytes);
          yield { items: decode(m.items) };
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

/**
 * Hands each batch's items to `take`, with `pause` (a job checkpoint: progress, cancel) between batches;
 * returns the job's end result. However it ends, early included, the worker ends with it.
 */
export async function takeBatches<Item, End>(
  batches: AsyncGenerator<ParsedBatch<Item>, End>,
  take: (items: Item[]) => void,
  pause: () => Promise<void>,
): Promise<End> {
  try {
    for (;;) {
      await pause();
      const next = await batches.next();
      if (next.done === true) return next.value;
      take(next.value.items);
    }
  } finally {
    await batches.return(undefined as never);
  }
}
