import type { ApiResponse } from '../../../shared/api';
import type { Transport } from './transport';

type FetchLike = (url: string, init: RequestInit) => Promise<Pick<Response, 'status' | 'json'>>;

/**
 * Browser mode: `POST /api/<method>` with the per-run bearer token. The server answers every status
 * (400, 401, 403, 404, 413, 500) with the same JSON envelope, so the body is read whatever the status.
 */
export function createHttpTransport(opts: {
  baseUrl: string;
  token: string | null;
  fetch?: FetchLike;
}): Transport {
  const doFetch: FetchLike = opts.fetch ?? ((url, init) => fetch(url, init));
  return {
    kind: 'http',
    async send(method, input, sendOpts): Promise<ApiResponse<unknown>> {
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (opts.token) headers.Authorization = `Bearer ${opts.token}`;
      let res: Pick<Response, 'status' | 'json'>;
      try {
        res = await doFetch(`${opts.baseUrl}/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers,
          body: JSON.stringify(input ?? {}),
          keepalive: sendOpts?.keepalive === true,
        });
      } catch (err) {
        return { ok: false, error: { code: 'network', params: { message: String(err) } } };
      }
      try {
        const body = (await res.json()) as unknown;
        if (isEnvelope(body)) return body;
      } catch {
        // fall through: a proxy or crash page, not our server's envelope
      }
      return { ok: false, error: { code: 'internal', params: { message: `HTTP ${res.status}` } } };
    },
  };
}

function isEnvelope(v: unknown): v is ApiResponse<unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as { ok?: unknown; error?: unknown };
  if (o.ok === true) return 'result' in o;
  return o.ok === false && typeof o.error === 'object' && o.error !== null;
}
