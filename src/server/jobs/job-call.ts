/** Helpers for long jobs: a do-nothing JobCall, and the checkpoint a job passes between chunks. */
import { AppError } from '../../shared/errors';
import type { JobCall, JobProgress } from '../../shared/jobs';

export type { JobCall } from '../../shared/jobs';

/** For callers that neither watch progress nor cancel (tests, seeding, short calls). */
export function quietCall(signal: AbortSignal = new AbortController().signal): JobCall {
  return { progress: () => undefined, signal };
}

export function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new AppError('cancelled', {});
}

/**
 * Reports progress, then gives the event loop one turn so a cancel (or, where jobs share a thread with
 * short calls, those calls) can get in, then stops the job if it was cancelled meanwhile.
 */
export async function checkpoint(call: JobCall, p: JobProgress): Promise<void> {
  call.progress(p);
  await new Promise<void>((resolve) => setImmediate(resolve));
  throwIfCancelled(call.signal);
}

/** The call a handler was given, or a quiet one for direct callers (tests, seeding). */
export function jobOf(call: JobCall | undefined): JobCall {
  return call ?? quietCall();
}

/** How long a job may run between two checkpoints: short enough that Cancel feels immediate. */
const SLICE_MS = 25;

/**
 * A checkpoint for loops over many small steps (segments, chunks): it passes only when a slice of time
 * has gone by, so a loop can call it every step without paying for a turn of the event loop each time.
 */
export function timeSliced(call: JobCall): (progress: () => JobProgress) => Promise<void> {
  let last = performance.now();
  return async (progress) => {
    if (performance.now() - last < SLICE_MS) return;
    await checkpoint(call, progress());
    last = performance.now();
  };
}

/**
 * Joins a writer's chunks with time-sliced checkpoints. A cancel throws before anything is returned, so
 * the door writes no file; `progress` says how far the writer is (the writer's own count of units).
 */
export async function collectChunks(
  chunks: Iterable<string>,
  call: JobCall,
  progress: () => JobProgress,
): Promise<string> {
  const parts: string[] = [];
  const tick = timeSliced(call);
  await checkpoint(call, progress());
  for (const chunk of chunks) {
    parts.push(chunk);
    await tick(progress);
  }
  await checkpoint(call, progress());
  return parts.join('');
}

/** The same items, calling `onItem` as each is taken: a job counts a writer's output as it goes. */
export function* counting<T>(items: Iterable<T>, onItem: () => void): Generator<T> {
  for (const item of items) {
    onItem();
    yield item;
  }
}
