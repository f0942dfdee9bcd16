import type { ApiResponse } from '../../../shared/api';
import type { BarabarBridge } from '../../../shared/api-methods';
import type { Transport } from './transport';

type AnyBridgeFn = (input: unknown) => Promise<ApiResponse<unknown>>;

export function createIpcTransport(bridge: BarabarBridge): Transport {
  // The bridge is typed per method; at this layer the method is a runtime string.
  const api = bridge.api as unknown as Record<string, AnyBridgeFn | undefined>;
  return {
    kind: 'ipc',
    async send(method, input): Promise<ApiResponse<unknown>> {
      const fn = api[method];
      if (!fn) return { ok: false, error: { code: 'not_found', params: { what: 'method', id: method } } };
      return fn(input);
    },
  };
}
