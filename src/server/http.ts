/**
 * Browser mode's door: a loopback-only HTTP server that serves the built renderer and `POST /api/<method>`.
 * Anything on this machine (other users' processes, any web page the user visits) can reach 127.0.0.1,
 * so every API call needs the per-run bearer token, and Host/Origin are checked to stop DNS-rebinding
 * and cross-site requests before the token is even looked at.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import type { ApiResponse } from '../shared/api';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { formatLimit, LIMITS } from '../shared/limits';
import type { Dispatch } from './dispatch';

/** The largest upload's base64 plus its JSON envelope (shared/limits.ts). */
export const MAX_BODY_BYTES = LIMITS.httpBodyBytes;
const LOOPBACK = '127.0.0.1';

export interface HttpServerOptions {
  dispatch: Dispatch;
  rendererDir: string;
  /** 0 (the default) lets the OS pick a free port. */
  port?: number;
  /** Random per run unless given (tests); at least 16 base64url characters. */
  token?: string;
}

export interface RunningHttpServer {
  /** The URL to open, token included: http://127.0.0.1:<port>/?token=<token> */
  url: string;
  port: number;
  token: string;
  address(): AddressInfo;
  close(): Promise<void>;
}

type ErrorEnvelope = Extract<ApiResponse<unknown>, { ok: false }>;

const BASE_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // The token travels in the first URL; never let it leak through a Referer.
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(file: string): string {
  return MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** HTTP status of an error envelope; the body always carries the precise code. */
export function httpStatusFor(code: string): number {
  switch (code) {
    case 'validation':
    case 'parse':
    case 'unsupported_format':
    case 'import_rejected':
    case 'file_empty':
    case 'file_binary':
    case 'file_undecodable':
      return 400;
    case 'not_found':
    case 'file_not_found':
      return 404;
    case 'forbidden':
      return 403;
    case 'conflict':
    case 'document_changed':
      return 409;
    case 'db_busy':
      return 503;
    case 'file_too_large':
      return 413;
    default:
      return 500;
  }
}

/**
 * Maps a request path to a file inside `root`, or null. Refuses encoded or literal `..`, dot-files,
 * backslashes and NUL, then confirms with realpath that no symlink leads outside the root.
 */
export async function resolveStaticFile(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded === '' || decoded === '/') decoded = '/index.html';
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null;
  const parts = decoded.slice(1).split('/');
  if (parts.some((p) => p === '' || p.startsWith('.'))) return null;
  try {
    const realRoot = await realpath(root);
    const real = await realpath(resolve(realRoot, ...parts));
    if (!real.startsWith(realRoot + sep)) return null;
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}

export async function startHttpServer(opts: HttpServerOptions): Promise<RunningHttpServer> {
  const token = opts.token ?? randomBytes(32).toString('base64url');
  if (!/^[A-Za-z0-9_-]{16,}$/.test(token))
    throw new Error('startHttpServer: token must be >= 16 base64url characters');
  const tokenDigest = sha256(token);
  let allowedHosts = new Set<string>();
  let allowedOrigins = new Set<string>();

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      process.stderr.write(
        `[barabar] http: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
      );
      if (!res.headersSent) sendJson(res, 500, fail('internal', { message: 'http' }));
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = (req.headers.host ?? '').toLowerCase();
    if (!allowedHosts.has(host)) return sendJson(res, 403, fail('forbidden', { reason: 'host' }));
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins.has(origin.toLowerCase())) {
      return sendJson(res, 403, fail('forbidden', { reason: 'origin' }));
    }
    const path = (req.url ?? '/').split('?', 1)[0] ?? '/';
    if (path.startsWith('/api/')) return handleApi(req, res, path.slice('/api/'.length));
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return sendJson(res, 405, fail('forbidden', { reason: 'method' }));
    }
    return serveStatic(req, res, path);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return sendJson(res, 405, fail('forbidden', { reason: 'method' }));
    }
    if (!bearerMatches(req.headers.authorization, tokenDigest)) {
      res.setHeader('WWW-Authenticate', 'Bearer');
      const reason = req.headers.authorization ? 'bad_token' : 'missing_token';
      return sendJson(res, 401, fail('forbidden', { reason }));
    }
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === 'too_large') {
      // Read (and drop) what the authenticated client is still sending before answering: a reply sent
      // mid-upload races the client's writes, and the client may see a reset instead of the 413. An
      // upload that goes on far beyond the limit is cut off after the answer all the same.
      const drained = await discardRest(req, 2 * MAX_BODY_BYTES);
      res.setHeader('Connection', 'close');
      sendJson(
        res,
        413,
        fail('file_too_large', { file: 'request body', limit: formatLimit(MAX_BODY_BYTES) }),
      );
      if (!drained) res.on('finish', () => req.socket.destroy());
      return;
    }
    let input: unknown;
    if (body.length > 0) {
      let text: string;
      try {
        // Fatal: invalid UTF-8 is refused, not silently stored as U+FFFD.
        text = new TextDecoder('utf-8', { fatal: true }).decode(body);
      } catch {
        return sendJson(res, 400, fail('validation', { field: 'body', message: 'not valid UTF-8' }));
      }
      try {
        input = JSON.parse(text);
      } catch {
        return sendJson(res, 400, fail('validation', { field: 'body', message: 'not valid JSON' }));
      }
    }
    // A client that goes away (closed tab, aborted fetch) cancels its job: nobody is waiting for it.
    const controller = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    if (!wantsProgress(req)) {
      const envelope = await opts.dispatch(method, input, {
        progress: () => undefined,
        signal: controller.signal,
      });
      sendJson(res, envelope.ok ? 200 : httpStatusFor(envelope.error.code), envelope);
      return;
    }
    // Streamed: one JSON line per progress report, then the envelope as the last line.
    res.writeHead(200, {
      ...BASE_HEADERS,
      'Content-Type': 'application/x-ndjson; charset=utf-8',
      'Cache-Control': 'no-store',
    });
    const envelope = await opts.dispatch(method, input, {
      signal: controller.signal,
      progress: (progress) => void res.write(`${JSON.stringify({ progress })}\n`),
    });
    res.end(`${serialise(envelope).body}\n`);
  }

  async function serveStatic(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const file = await resolveStaticFile(opts.rendererDir, path);
    if (!file) return sendJson(res, 404, fail('not_found', { what: 'file', id: path.slice(0, 200) }));
    const size = (await stat(file)).size;
    res.writeHead(200, {
      ...BASE_HEADERS,
      'Content-Type': contentTypeFor(file),
      'Content-Length': String(size),
      'Cache-Control': 'no-cache',
    });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  }

  await new Promise<void>((ok, ko) => {
    server.once('error', ko);
    // 127.0.0.1 explicitly: never 0.0.0.0, and not "localhost" (which may resolve to ::1 or both).
    server.listen(opts.port ?? 0, LOOPBACK, () => {
      server.off('error', ko);
      ok();
    });
  });
  const address = server.address() as AddressInfo;
  const port = address.port;
  allowedHosts = new Set([`${LOOPBACK}:${port}`, `localhost:${port}`]);
  allowedOrigins = new Set([`http://${LOOPBACK}:${port}`, `http://localhost:${port}`]);

  return {
    url: `http://${LOOPBACK}:${port}/?token=${token}`,
    port,
    token,
    address: () => server.address() as AddressInfo,
    close: () =>
      new Promise<void>((ok, ko) => {
        server.close((err) => (err ? ko(err) : ok()));
        server.closeAllConnections();
      }),
  };
}

function fail(code: string, params: Record<string, unknown>): ErrorEnvelope {
  return { ok: false, error: { code, params } };
}

/** `Accept: application/x-ndjson` asks for progress lines before the result (long jobs). */
export const PROGRESS_MEDIA_TYPE = 'application/x-ndjson';

function wantsProgress(req: IncomingMessage): boolean {
  return (req.headers.accept ?? '').split(',').some((t) => t.trim().startsWith(PROGRESS_MEDIA_TYPE));
}

function serialise(envelope: ApiResponse<unknown>): { ok: boolean; body: string } {
  try {
    return { ok: true, body: JSON.stringify(envelope) };
  } catch {
    return { ok: false, body: JSON.stringify(fail('internal', { message: 'result not serialisable' })) };
  }
}

function sendJson(res: ServerResponse, status: number, envelope: ApiResponse<unknown>): void {
  const out = serialise(envelope);
  const body = out.body;
  if (!out.ok) status = 500;
  res.writeHead(status, {
    ...BASE_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** Constant-time on equal-length digests, so neither the token's bytes nor its length leak by timing. */
function bearerMatches(header: string | undefined, expected: Buffer): boolean {
  const match = /^Bearer ([A-Za-z0-9_-]+)$/.exec(header ?? '');
  return match?.[1] !== undefined && timingSafeEqual(sha256(match[1]), expected);
}

/** Consumes the rest of a request body; false when it went on past `cap` bytes (the caller closes). */
function discardRest(req: IncomingMessage, cap: number): Promise<boolean> {
  if (req.readableEnded) return Promise.resolve(true);
  return new Promise((done) => {
    let discarded = 0;
    const onData = (chunk: Buffer): void => {
      discarded += chunk.length;
      if (discarded <= cap) return;
      req.off('data', onData);
      req.pause();
      done(false);
    };
    req.on('data', onData);
    req.once('end', () => done(true));
    req.once('error', () => done(false));
    req.resume();
  });
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too_large'> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.resolve('too_large');
  return new Promise((ok, ko) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const onData = (chunk: Buffer): void => {
      total += chunk.length;
      if (total > limit) {
        req.off('data', onData);
        req.pause();
        ok('too_large');
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => ok(Buffer.concat(chunks, total)));
    req.on('error', ko);
  });
}
