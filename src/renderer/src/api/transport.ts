import type { ApiResponse } from '../../../shared/api';
import type { JobProgress } from '../../../shared/jobs';

/** Sends one call and returns the raw envelope; the client turns `{ ok: false }` into an ApiCallError. */
export interface Transport {
  readonly kind: 'ipc' | 'http';
  send(method: string, input: unknown, opts?: SendOptions): Promise<ApiResponse<unknown>>;
}

export interface SendOptions {
  /** The page is going away (pagehide / visibilitychange): the request must outlive it. */
  keepalive?: boolean;
  /** Long jobs: called as the job reports how far it is. */
  onProgress?: (p: JobProgress) => void;
  /** Aborting cancels the job; the call then fails with `cancelled`. */
  signal?: AbortSignal;
}

export type { AppEvent, BarabarBridge } from '../../../shared/api/bridge';
