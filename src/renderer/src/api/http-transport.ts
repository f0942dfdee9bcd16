import type { ApiResponse } from '../../../shared/api';
import { isJobProgress, type JobProgress } from '../../../shared/jobs';
import type { Transport } from './transport';

type FetchLike = (
  url: string,
  init: RequestInit,
) => Promise<Pick<Response, 'status' | 'json'> & { body?: Response['body'] }>;

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
      const onProgress = sendOpts?.onProgress;
      // Asking for progress makes the server stream one JSON line per report, then the envelope.
      if (onProgress) headers.Accept = 'application/x-ndjson';
      const signal = sendOpts?.signal;
      let res: Pick<Response, 'status' | 'json'> & { body?: Response['body'] };
      try {
        res = await doFetch(`${opts.baseUrl}/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers,
          body: JSON.stringify(input ?? {}),
          keepalive: sendOpts?.keepalive === true,
          ...(signal ? { signal } : {}),
        });
        if (onProgress && res.body) return await readProgressStream(res.body, onProgress);
      } catch (err) {
        // Aborting the request is how a job is cancelled: the server sees the connection close.
        if (signal?.aborted) return { ok: false, error: { code: 'cancelled', params: {} } };
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

/** Progress lines (`{"progress":…}`) until the last line, which is the envelope. */
async function readProgressStream(
  body: ReadableStream<Uint8Array>,
  onProgress: (p: JobProgress) => void,
): Promise<ApiResponse<unknown>> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  let last: unknown;
  for (;;) {
    const { done, value } = await reader.read();
    buffered += decoder.decode(value, { stream: !done });
    const lines = buffered.split('\n');
    buffered = done ? '' : (lines.pop() ?? '');
    for (const line of lines) {
      if (line.trim() === '') continue;
      const message = JSON.parse(line) as { progress?: unknown };
      if (isJobProgress(message.progress)) onProgress(message.progress);
      else last = message;
    }
    if (done) break;
  }
  if (isEnvelope(last)) return last;
  return { ok: false, error: { code: 'internal', params: { message: 'stream ended without a result' } } };
}
