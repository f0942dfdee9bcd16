/**
 * The host side: takes calls off a port, runs them through the dispatcher with a JobCall of their own,
 * and posts progress and results back. A cancel message aborts that call's signal; the job notices at
 * its next checkpoint.
 */
import type { ApiResponse } from '../../shared/api';
import type { JobProgress } from '../../shared/jobs';
import type { JobCall } from '../jobs/job-call';
import { isHostRequest, type HostPort, type HostReply, type HostRequest } from './protocol';

export type HostDispatch = (method: string, input: unknown, call: JobCall) => Promise<ApiResponse<unknown>>;

/** Progress more often than this is not visible to anyone and costs messages; the last one always goes. */
const PROGRESS_INTERVAL_MS = 50;

/** Returns stop(): no more calls are taken and the running ones are cancelled. */
export function serveHost(port: HostPort<HostReply, unknown>, dispatch: HostDispatch): () => void {
  const running = new Map<number, AbortController>();

  const run = async (req: Extract<HostRequest, { type: 'call' }>): Promise<void> => {
    const controller = new AbortController();
    running.set(req.id, controller);
    let lastSent = 0;
    let pending: JobProgress | undefined;
    const call: JobCall = {
      signal: controller.signal,
      progress(p) {
        const now = performance.now();
        if (now - lastSent >= PROGRESS_INTERVAL_MS || p.done >= p.total) {
          lastSent = now;
          pending = undefined;
          port.post({ type: 'progress', id: req.id, progress: { ...p } });
        } else {
          pending = { ...p };
        }
      },
    };
    try {
      const response = await dispatch(req.method, req.input, call);
      if (pending) port.post({ type: 'progress', id: req.id, progress: pending });
      port.post({ type: 'result', id: req.id, response });
    } finally {
      running.delete(req.id);
    }
  };

  const unsubscribe = port.onMessage((message) => {
    if (!isHostRequest(message)) return;
    if (message.type === 'cancel') running.get(message.id)?.abort();
    else void run(message);
  });
  return () => {
    unsubscribe();
    for (const controller of running.values()) controller.abort();
  };
}
