import type { ApiMethod, ApiResponse } from '../../../shared/api';
import type { BarabarBridge } from '../../../shared/api/bridge';
import type { Transport } from './transport';

export function createIpcTransport(bridge: BarabarBridge): Transport {
  return {
    kind: 'ipc',
    // The method is a runtime string at this layer; main's dispatcher answers not_found for unknown names.
    send: (method, input): Promise<ApiResponse<unknown>> => bridge.call(method as ApiMethod, input as never),
  };
}
