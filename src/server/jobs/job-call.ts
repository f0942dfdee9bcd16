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
