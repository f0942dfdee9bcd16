/**
 * The parse worker's entry (see protocol.ts): runs one parse job and posts its batches, never more than
 * BATCHES_AHEAD unacknowledged, then the end result or the error. The thread ends with the job.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../shared/errors';
import { heapTrimmer } from '../services/heap-trim';
import { NotUtf8 } from '../text-file-source';
import { ACK, BATCHES_AHEAD, type ParseRequest, type WorkerMessage } from './protocol';
import { parseJob } from './parse-jobs';

const port = parentPort;
if (port === null) throw new Error('the parse worker runs in a worker thread');

let credit = BATCHES_AHEAD;
let wake: (() => void) | undefined;
port.on('message', (m) => {
  if (m !== ACK) return;
  credit++;
  wake?.();
});
const post = (m: WorkerMessage): void => port.postMessage(m);

async function run(): Promise<void> {
  const job = parseJob(workerData as ParseRequest);
  // As an import on one thread does between chunks: the parse's garbage must not set the peak memory.
  const trim = heapTrimmer();
  for (let r = job.next(); ; r = job.next(), trim()) {
    if (r.done === true) return post({ t: 'end', json: JSON.stringify(r.value) });
    while (credit === 0) await new Promise<void>((resolve) => (wake = resolve));
    credit--;
    post({ t: 'batch', ...r.value });
  }
}

// The reading side ends the thread once it has the end or the error.
run().catch((err: unknown) => {
  if (err instanceof AppError) post({ t: 'error', error: err.toJSON() });
  else if (err instanceof NotUtf8) post({ t: 'not-utf8' });
  else post({ t: 'failed', message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
});
