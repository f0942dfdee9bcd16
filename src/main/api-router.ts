/**
 * The main process's side of API calls from a page, without Electron's objects: a call goes to the
 * service host; a call with a job number gets a JobCall whose progress is sent back to that page only,
 * and whose signal a cancel from that page (by the same number) aborts. The host client turns the abort
 * into a cancel message to the services process. Sender checks happen before this (ipc.ts).
 */
import type { ApiResponse } from '../shared/api';
import { JOB_PROGRESS_CHANNEL, type JobProgressMessage } from '../shared/api/bridge';
import type { JobCall, JobProgress } from '../shared/jobs';

/** The service host's dispatch (or, in tests, the dispatcher itself): either takes a JobCall. */
export type RouterDispatch = (
  method: string,
  input: unknown,
  call?: JobCall,
) => Promise<ApiResponse<unknown>>;

/** The part of a webContents the router needs. */
export interface PageSender {
  readonly id: number;
  send(channel: string, payload: unknown): void;
  isDestroyed(): boolean;
}

export const BAD_MESSAGE: ApiResponse<never> = {
  ok: false,
  error: { code: 'validation', params: { field: 'message', message: 'expected { method, input, job? }' } },
};

const BAD_JOB: ApiResponse<never> = {
  ok: false,
  error: { code: 'validation', params: { field: 'job', message: 'a positive integer not already running' } },
};

interface CallMessage {
  method: string;
  input: unknown;
  job?: unknown;
}

export function isCallMessage(value: unknown): value is CallMessage {
  return (
    typeof value === 'object' && value !== null && typeof (value as { method?: unknown }).method === 'string'
  );
}

const isJobNumber = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) > 0;

export interface ApiRouter {
  call(sender: PageSender, message: unknown): Promise<ApiResponse<unknown>>;
  cancel(sender: PageSender, job: unknown): void;
  /** The page is gone (closed, reloaded): its jobs are cancelled. */
  forget(senderId: number): void;
  /** Jobs running now, for tests and diagnostics. */
  running(): number;
}

export function createApiRouter(dispatch: RouterDispatch): ApiRouter {
  // Keyed by page and number: two windows may number their jobs alike.
  const jobs = new Map<string, AbortController>();
  const keyOf = (senderId: number, job: number): string => `${senderId}:${job}`;

  return {
    async call(sender, message) {
      if (!isCallMessage(message)) return BAD_MESSAGE;
      if (message.job === undefined) return dispatch(message.method, message.input);
      if (!isJobNumber(message.job)) return BAD_JOB;
      const job = message.job;
      const key = keyOf(sender.id, job);
      if (jobs.has(key)) return BAD_JOB;
      const controller = new AbortController();
      jobs.set(key, controller);
      const progress = (p: JobProgress): void => {
        // A page closed mid-job: nobody to tell, and send() on a destroyed webContents throws.
        if (sender.isDestroyed()) return;
        const payload: JobProgressMessage = {
          job,
          progress: { done: p.done, total: p.total, phase: p.phase },
        };
        sender.send(JOB_PROGRESS_CHANNEL, payload);
      };
      try {
        return await dispatch(message.method, message.input, { progress, signal: controller.signal });
      } finally {
        jobs.delete(key);
      }
    },
    cancel(sender, job) {
      if (isJobNumber(job)) jobs.get(keyOf(sender.id, job))?.abort();
    },
    forget(senderId) {
      for (const [key, controller] of jobs) if (key.startsWith(`${senderId}:`)) controller.abort();
    },
    running: () => jobs.size,
  };
}
