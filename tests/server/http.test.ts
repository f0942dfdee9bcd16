/**
 * The browser-mode door against the real composition root and a real SQLite file: the server is
 * started on a free port and spoken to over TCP, with fetch and (where fetch would "fix" the
 * request: Host header, dot segments) with node:http.
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../src/server/create-api';
import { createDispatcher } from '../../src/server/dispatch';
import { MAX_BODY_BYTES, resolveStaticFile, startHttpServer } from '../../src/server/http';
import type { RunningHttpServer } from '../../src/server/http';
import { API, API_METHODS } from '../../src/shared/api';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/csp';

const corpusDir = resolve(__dirname, '../../corpus');
let dir: string;
let rendererDir: string;
let api: ReturnType<typeof createApi>;
let server: RunningHttpServer;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'barabar-http-'));
  rendererDir = join(dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Barabar</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(rendererDir, '.env'), 'SECRET=dot');
  writeFileSync(join(dir, 'secret.txt'), 'SECRET=outside');
  symlinkSync(join(dir, 'secret.txt'), join(rendererDir, 'link.txt'));
  api = createApi({ dbPath: join(dir, 'test.sqlite') });
  server = await startHttpServer({ dispatch: createDispatcher(api.handlers), rendererDir, port: 0 });
  base = `http://127.0.0.1:${server.port}`;
});

afterAll(async () => {
  await server?.close();
  api?.close();
  rmSync(dir, { recursive: true, force: true });
});

function post(method: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${base}/api/${method}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Raw HTTP: the path and Host header go out exactly as written. */
function raw(
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((ok, ko) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, method: opts.method ?? 'GET', headers: opts.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          ok({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', ko);
    req.end(opts.body);
  });
}

describe('listening', () => {
  it('binds 127.0.0.1 only and prints a tokenised URL', async () => {
    expect(server.address()).toMatchObject({ address: '127.0.0.1', family: 'IPv4', port: server.port });
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    // 32 random bytes in base64url; a second server gets another one.
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const other = await startHttpServer({ dispatch: createDispatcher(api.handlers), rendererDir });
    try {
      expect(other.token).not.toBe(server.token);
      expect(other.port).not.toBe(server.port);
    } finally {
      await other.close();
    }
  });

  it('refuses a weak fixed token', async () => {
    await expect(
      startHttpServer({ dispatch: createDispatcher(api.handlers), rendererDir, token: 'short' }),
    ).rejects.toThrow();
  });
});

describe('authentication and origin checks', () => {
  it('answers 401 without a token or with a wrong one', async () => {
    for (const authorization of [
      undefined,
      'Bearer ',
      `Bearer ${server.token}x`,
      `Basic ${server.token}`,
      `bearer${server.token}`,
      'Bearer wrong',
    ]) {
      const res = await fetch(`${base}/api/app.info`, {
        method: 'POST',
        headers: authorization ? { authorization } : {},
        body: '{}',
      });
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('answers 403 to a foreign Host (DNS rebinding), even with the token', async () => {
    const auth = { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' };
    for (const host of [
      'evil.example',
      `evil.example:${server.port}`,
      `127.0.0.1:${server.port + 1}`,
      `0.0.0.0:${server.port}`,
    ]) {
      const res = await raw('/api/app.info', { method: 'POST', headers: { ...auth, host }, body: '{}' });
      expect(res.status).toBe(403);
      expect(JSON.parse(res.body)).toEqual({
        ok: false,
        error: { code: 'forbidden', params: { reason: 'host' } },
      });
    }
    expect((await raw('/', { headers: { host: 'evil.example' } })).status).toBe(403);
    expect(
      (
        await raw('/api/app.info', {
          method: 'POST',
          headers: { ...auth, host: `localhost:${server.port}` },
          body: '{}',
        })
      ).status,
    ).toBe(200);
  });

  it('answers 403 to a foreign Origin and accepts its own', async () => {
    for (const origin of [
      'https://evil.example',
      'null',
      `http://localhost:${server.port + 1}`,
      `https://127.0.0.1:${server.port}`,
    ]) {
      const res = await post('app.info', {}, { origin });
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual({
        ok: false,
        error: { code: 'forbidden', params: { reason: 'origin' } },
      });
    }
    expect((await post('app.info', {}, { origin: base })).status).toBe(200);
    expect((await post('app.info', {}, { origin: `http://localhost:${server.port}` })).status).toBe(200);
  });
});

describe('API calls', () => {
  it('serves a good call with 200 and the real data', async () => {
    const res = await post('app.info', {});
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as { ok: true; result: { dbPath: string; schemaVersion: number } };
    expect(body.ok).toBe(true);
    expect(body.result.dbPath).toBe(join(dir, 'test.sqlite'));
    expect(body.result.schemaVersion).toBeGreaterThan(0);
  });

  it('writes through to the database: a report imported over HTTP is listed and readable', async () => {
    const name = '000_f97710a0ea2d7f8d.txt';
    const bytes = readFileSync(join(corpusDir, name));
    const imported = (await (
      await post('documents.import', { fileName: name, contentBase64: bytes.toString('base64') })
    ).json()) as {
      ok: boolean;
      result: { document: { id: number; name: string; segmentCount: number } };
    };
    expect(imported.ok).toBe(true);
    const list = (await (await post('documents.list', {})).json()) as {
      result: { id: number; name: string }[];
    };
    expect(list.result.map((d) => d.name)).toContain(name);
    const doc = (await (await post('documents.get', { id: imported.result.document.id })).json()) as {
      result: { text: string; segments: unknown[] };
    };
    expect(doc.result.text.length).toBeGreaterThan(100);
    expect(doc.result.segments).toHaveLength(imported.result.document.segmentCount);
  });

  it('answers 404 for an unknown method and for a missing record', async () => {
    for (const name of ['nope', '__proto__', 'constructor']) {
      const res = await post(name, {});
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({
        ok: false,
        error: { code: 'not_found', params: { what: 'method' } },
      });
    }
    const missing = await post('documents.get', { id: 999_999 });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('answers 400 naming the body for invalid UTF-8, and naming the field for a lone surrogate', async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"uiLanguage":"'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('"}'),
    ]);
    const res = await fetch(`${base}/api/settings.set`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
      body: bytes,
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      ok: false,
      error: { code: 'validation', params: { field: 'body', message: 'not valid UTF-8' } },
    });
    // JSON's \ud800 escape is valid UTF-8 but not valid text: refused before anything is stored.
    const lone = await post('glossary.list', '{"query":"\\ud800"}');
    expect(lone.status).toBe(400);
    expect(await lone.json()).toMatchObject({
      ok: false,
      error: { code: 'validation', params: { field: 'query' } },
    });
  });

  it('answers 400 for a body that is not JSON, 405 for GET on the API', async () => {
    const res = await post('documents.list', '{"unclosed');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      ok: false,
      error: { code: 'validation', params: { field: 'body', message: 'not valid JSON' } },
    });
    expect(
      (await fetch(`${base}/api/app.info`, { headers: { authorization: `Bearer ${server.token}` } })).status,
    ).toBe(405);
  });

  it('does not serve a method that names a file on disk (command line only)', async () => {
    const res = await post('tm.importFile', { path: '/etc/passwd', name: 'x' });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });

  it.each(API_METHODS.filter((m) => !API[m].localOnly).map((m) => [m]))(
    '%s: a wrongly shaped input is a 400 validation envelope, not a crash',
    async (method) => {
      const wrongTyped = {
        id: 'x',
        documentId: 'x',
        documentIds: 'x',
        index: -1,
        target: 5,
        source: 5,
        format: 'doc',
        entry: [],
        uiLanguage: 'de',
        key: 5,
        ignored: 'yes',
        fileName: '',
        contentBase64: 5,
        query: 5,
        limit: 0,
      };
      const inputs: unknown[] = [[], 'x', 42, null, [{ id: 1 }]];
      // A method with required or typed fields must also refuse the wrongly typed object; a method
      // with no parameters at all ignores unknown keys (zod strips them), as its schema says.
      if (Object.keys(API[method].input.shape).length > 0) inputs.push(wrongTyped);
      for (const input of inputs) {
        const res = await post(method, input);
        expect(res.status, `${method} ${JSON.stringify(input)}`).toBe(400);
        const body = (await res.json()) as {
          ok: boolean;
          error: { code: string; params: { field: string; message: string } };
        };
        expect(body.ok).toBe(false);
        expect(body.error.code).toBe('validation');
        expect(typeof body.error.params.field).toBe('string');
        expect(body.error.params.message.length).toBeGreaterThan(0);
      }
    },
  );

  it('refuses a body over the limit with 413, declared or streamed', async () => {
    const big = 'x'.repeat(MAX_BODY_BYTES + 1);
    const declared = await post('documents.import', big);
    expect(declared.status).toBe(413);
    expect(await declared.json()).toMatchObject({ ok: false, error: { code: 'file_too_large' } });

    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ > MAX_BODY_BYTES / chunk.length) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const streamed = await fetch(`${base}/api/documents.import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.token}` },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    // The server is still healthy afterwards.
    expect((await post('app.info', {})).status).toBe(200);
  });
});

describe('static files', () => {
  it('serves index.html at / with the Electron CSP and nosniff', async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>Barabar</title>');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const js = await fetch(`${base}/assets/app.js?v=1`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log(1)');
  });

  it('refuses path traversal, symlinks out of the root, dot-files and directory listings', async () => {
    const attempts = [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/..%5csecret.txt',
      '/link.txt',
      '/.env',
      '/assets/',
      '/assets',
      '/index.html%00.js',
      '/%E0%A4%A',
      '//etc/passwd',
    ];
    for (const path of attempts) {
      const res = await raw(path);
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain('SECRET');
      expect(res.body).not.toContain('app.js');
    }
    expect(await resolveStaticFile(rendererDir, '/assets/app.js')).toBe(
      join(rendererDir, 'assets', 'app.js'),
    );
  });

  it('answers 405 to writes outside the API', async () => {
    expect((await fetch(`${base}/index.html`, { method: 'PUT', body: 'x' })).status).toBe(405);
  });
});

describe('web-main (npm run web)', () => {
  it('prints the URL on its own line, serves, and shuts down cleanly on SIGTERM', async () => {
    const dbPath = join(dir, 'web-main.sqlite');
    const tsx = resolve(__dirname, '../../node_modules/tsx/dist/cli.mjs');
    const child = spawn(
      process.execPath,
      [tsx, resolve(__dirname, '../../src/server/web-main.ts'), '--port', '0', '--db', dbPath, '--no-seed'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const url = await new Promise<string>((ok, ko) => {
      const timer = setTimeout(() => ko(new Error(`no URL printed; stdout: ${out}; stderr: ${err}`)), 20_000);
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const line = out
          .split('\n')
          .find((l) => /^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/.test(l));
        if (line) {
          clearTimeout(timer);
          ok(line);
        }
      });
    });
    const lines = out.split('\n');
    expect(lines[lines.indexOf(url) - 1]).toBe('Barabar is running in browser mode. Open:');

    const { origin, searchParams } = new URL(url);
    const res = await fetch(`${origin}/api/app.info`, {
      method: 'POST',
      headers: { authorization: `Bearer ${searchParams.get('token')}` },
      body: '{}',
    });
    expect(((await res.json()) as { result: { dbPath: string } }).result.dbPath).toBe(dbPath);

    const exit = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(existsSync(dbPath)).toBe(true);
    // WAL checkpointed and removed by a clean close.
    expect(existsSync(`${dbPath}-wal`)).toBe(false);
  });

  it('rejects unknown options with a usage message', async () => {
    const tsx = resolve(__dirname, '../../node_modules/tsx/dist/cli.mjs');
    const child = spawn(
      process.execPath,
      [tsx, resolve(__dirname, '../../src/server/web-main.ts'), '--prot', '80'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const code = await new Promise<number | null>((ok) => child.on('exit', (c) => ok(c)));
    expect(code).toBe(2);
    expect(err).toContain('unknown option: --prot');
    expect(err).toContain('usage:');
  });
});
