import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');

export interface WebServer {
  url: string;
  origin: string;
  token: string;
  dir: string;
  stop(): Promise<void>;
}

/**
 * Starts the real browser-mode server (`tsx src/server/web-main.ts --port 0 --db <fresh file>`) and
 * reads the URL line it prints. The database is seeded with the corpus and the shipped termbase.
 * `copyOf` starts from a copy of an existing database instead (the TM bench's million-unit memory).
 */
export async function startWebServer(opts: { copyOf?: string } = {}): Promise<WebServer> {
  const dir = mkdtempSync(join(tmpdir(), 'barabar-e2e-'));
  if (opts.copyOf) copyFileSync(opts.copyOf, join(dir, 'barabar.db'));
  const child: ChildProcess = spawn(
    process.execPath,
    [
      join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
      join(ROOT, 'src/server/web-main.ts'),
      '--port',
      '0',
      '--db',
      join(dir, 'barabar.db'),
    ],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, BARABAR_DB: join(dir, 'barabar.db') },
    },
  );
  let out = '';
  const url = await new Promise<string>((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`server did not print its URL:\n${out}`)), 60_000);
    const onData = (b: Buffer): void => {
      out += b.toString();
      const m = /^(http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+)\s*$/m.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        res(m[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (b: Buffer) => (out += b.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      rej(new Error(`server exited with ${code}:\n${out}`));
    });
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    dir,
    async stop(): Promise<void> {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Calls the API the way the renderer does (for setting up and checking state in tests). */
export async function apiCall<T>(server: WebServer, method: string, input: unknown): Promise<T> {
  const res = await fetch(`${server.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; result?: T; error?: unknown };
  if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  return body.result as T;
}
