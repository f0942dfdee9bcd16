import { describe, expect, test } from 'vitest';
import { ApiCallError } from '../../../src/renderer/src/api/api-call-error';
import { createApiClient } from '../../../src/renderer/src/api/client';
import { createHttpTransport } from '../../../src/renderer/src/api/http-transport';
import { createIpcTransport } from '../../../src/renderer/src/api/ipc-transport';
import type { BarabarBridge } from '../../../src/shared/api/bridge';

function fakeFetch(status: number, body: unknown, seen: { url?: string; init?: RequestInit }[] = []) {
  return async (url: string, init: RequestInit) => {
    seen.push({ url, init });
    return { status, json: async () => (typeof body === 'string' ? JSON.parse(body) : body) } as Response;
  };
}

describe('HTTP transport', () => {
  test('POSTs JSON to /api/<method> with the bearer token and returns the result', async () => {
    const seen: { url?: string; init?: RequestInit }[] = [];
    const api = createApiClient(
      createHttpTransport({
        baseUrl: 'http://127.0.0.1:5000',
        token: 'tok',
        fetch: fakeFetch(200, { ok: true, result: { uiLanguage: 'fa' } }, seen),
      }),
    );
    await expect(api.call('settings.get', {})).resolves.toEqual({ uiLanguage: 'fa' });
    expect(seen[0]?.url).toBe('http://127.0.0.1:5000/api/settings.get');
    expect(seen[0]?.init?.method).toBe('POST');
    expect((seen[0]?.init?.headers as Record<string, string>).Authorization).toBe('Bearer tok');
    expect(seen[0]?.init?.body).toBe('{}');
    expect(seen[0]?.init?.keepalive).toBe(false);
  });

  test('error envelopes (any status) become ApiCallError with code and params', async () => {
    const api = createApiClient(
      createHttpTransport({
        baseUrl: '',
        token: 't',
        fetch: fakeFetch(404, {
          ok: false,
          error: { code: 'not_found', params: { what: 'document', id: 9 } },
        }),
      }),
    );
    const err = await api.call('documents.get', { id: 9 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiCallError);
    expect((err as ApiCallError).code).toBe('not_found');
    expect((err as ApiCallError).params).toEqual({ what: 'document', id: 9 });
  });

  test('a body that is not our envelope is an internal error naming the status', async () => {
    const api = createApiClient(
      createHttpTransport({ baseUrl: '', token: 't', fetch: fakeFetch(502, { hello: 1 }) }),
    );
    const err = (await api.call('app.info', {}).catch((e: unknown) => e)) as ApiCallError;
    expect(err.code).toBe('internal');
    expect(err.params.message).toContain('502');
  });

  test('a network failure is reported as the network error', async () => {
    const api = createApiClient(
      createHttpTransport({
        baseUrl: '',
        token: 't',
        fetch: () => Promise.reject(new TypeError('Failed to fetch')),
      }),
    );
    const err = (await api.call('app.info', {}).catch((e: unknown) => e)) as ApiCallError;
    expect(err.code).toBe('network');
  });

  test('callKeepalive sets keepalive so the request outlives the page', async () => {
    const seen: { url?: string; init?: RequestInit }[] = [];
    const api = createApiClient(
      createHttpTransport({ baseUrl: '', token: 't', fetch: fakeFetch(200, { ok: true, result: {} }, seen) }),
    );
    await api.callKeepalive('segments.saveTarget', { documentId: 1, index: 0, target: 'x' });
    expect(seen[0]?.init?.keepalive).toBe(true);
  });
});

describe('IPC transport', () => {
  test('sends { method, input } through the bridge and unwraps the envelope', async () => {
    const calls: unknown[] = [];
    const bridge = {
      call: async (method: string, input: unknown) => (calls.push([method, input]), { ok: true, result: [] }),
      onEvent: () => () => undefined,
    } as unknown as BarabarBridge;
    const api = createApiClient(createIpcTransport(bridge));
    await expect(api.call('documents.list', {})).resolves.toEqual([]);
    expect(calls).toEqual([['documents.list', {}]]);
    expect(api.transport).toBe('ipc');
  });

  test("the main process's not_found for an unknown method becomes an ApiCallError", async () => {
    const bridge = {
      call: async (method: string) => ({
        ok: false,
        error: { code: 'not_found', params: { what: 'method', id: method } },
      }),
      onEvent: () => () => undefined,
    } as unknown as BarabarBridge;
    const api = createApiClient(createIpcTransport(bridge));
    await expect(api.call('app.info', {})).rejects.toMatchObject({
      code: 'not_found',
      params: { id: 'app.info' },
    });
  });
});
