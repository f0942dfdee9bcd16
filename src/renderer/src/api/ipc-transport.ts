import type { ApiMethod, ApiResponse } from '../../../shared/api';
import type { BarabarBridge } from '../../../shared/api/bridge';
import type { Transport } from './transport';

const CANCELLED: ApiResponse<never> = { ok: false, error: { code: 'cancelled', params: {} } };

export function createIpcTransport(bridge: BarabarBridge): Transport {
  // Job numbers are this page's own; the main process keys them by page.
  let nextJob = 1;
  return {
    kind: 'ipc',
    // The method is a runtime string at this layer; main's dispatcher answers not_found for unknown names.
    async send(method, input, opts): Promise<ApiResponse<unknown>> {
      const signal = opts?.signal;
      const onProgress = opts?.onProgress;
      if (!signal && !onProgress) return bridge.call(method as ApiMethod, input as never);
      if (signal?.aborted) return CANCELLED;
      const id = nextJob++;
      // The abort travels as a cancel message; the call itself then answers `cancelled` from the job.
      const onAbort = (): void => bridge.cancel(id);
      signal?.addEventListener('abort', onAbort, { once: true });
      try {
        return await bridge.call(method as ApiMethod, input as never, {
          id,
          ...(onProgress ? { onProgress } : {}),
        });
      } finally {
        signal?.removeEventListener('abort', onAbort);
      }
    },
  };
}
