/**
 * The message protocol between a door (HTTP server, Electron main) and the service host that owns the
 * database (a worker thread or Electron utility process). Plain structured-clone data, one request id
 * per call, so the same code runs over worker_threads ports and Electron's utility-process ports.
 */
import type { ApiResponse } from '../../shared/api';
import { isJobProgress, type JobProgress } from '../../shared/jobs';

export type HostRequest =
  { type: 'call'; id: number; method: string; input: unknown } | { type: 'cancel'; id: number };

export type HostReply =
  | { type: 'ready' }
  /** The host could not start (its database would not open): the door reports this and stops. */
  | { type: 'failed'; error: ApiResponse<never> }
  | { type: 'progress'; id: number; progress: JobProgress }
  | { type: 'result'; id: number; response: ApiResponse<unknown> };

/** The least both worker_threads and Electron's MessagePortMain offer, behind one shape. */
export interface HostPort<Out, In> {
  post(message: Out): void;
  /** Returns a function that removes the listener. */
  onMessage(listener: (message: In) => void): () => void;
}

export function isHostRequest(m: unknown): m is HostRequest {
  if (typeof m !== 'object' || m === null) return false;
  const r = m as { type?: unknown; id?: unknown; method?: unknown };
  if (typeof r.id !== 'number') return false;
  return (r.type === 'call' && typeof r.method === 'string') || r.type === 'cancel';
}

export function isHostReply(m: unknown): m is HostReply {
  if (typeof m !== 'object' || m === null) return false;
  const r = m as { type?: unknown; id?: unknown; progress?: unknown; response?: unknown };
  switch (r.type) {
    case 'ready':
      return true;
    case 'failed':
      return typeof (r as { error?: unknown }).error === 'object';
    case 'progress':
      return typeof r.id === 'number' && isJobProgress(r.progress);
    case 'result':
      return typeof r.id === 'number' && typeof r.response === 'object' && r.response !== null;
    default:
      return false;
  }
}
