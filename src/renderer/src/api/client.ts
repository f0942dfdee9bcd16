import type { ApiClient, ApiInput, ApiMethod, ApiResult } from '../../../shared/api';
import { ApiCallError } from './api-call-error';
import type { SendOptions, Transport } from './transport';

/** Progress and cancel for long jobs (imports, exports, QA over everything). */
export type CallOptions = Pick<SendOptions, 'onProgress' | 'signal'>;

export interface RendererApiClient extends ApiClient {
  call<M extends ApiMethod>(method: M, input: ApiInput<M>, opts?: CallOptions): Promise<ApiResult<M>>;
  readonly transport: Transport['kind'];
  /** Same as call(), for requests that must survive the page unloading (final autosave flush). */
  callKeepalive<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiResult<M>>;
}

export function createApiClient(transport: Transport): RendererApiClient {
  async function send<M extends ApiMethod>(
    method: M,
    input: ApiInput<M>,
    opts?: SendOptions,
  ): Promise<ApiResult<M>> {
    const res = await transport.send(method, input, opts);
    if (!res.ok) throw new ApiCallError(res.error.code, res.error.params ?? {});
    return res.result as ApiResult<M>;
  }
  return {
    transport: transport.kind,
    call: (method, input, opts) => send(method, input, opts),
    callKeepalive: (method, input) => send(method, input, { keepalive: true }),
  };
}
