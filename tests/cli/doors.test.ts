/**
 * The same bad input through all three doors — the CLI (in-process `main`), the HTTP server (real, on
 * 127.0.0.1) and the dispatcher Electron's IPC handler calls — gives the same error code and
 * parameters, and the CLI prints exactly the sentence the English UI shows for it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiCallError } from '../../src/renderer/src/api/api-call-error';
import { errorMessage } from '../../src/renderer/src/i18n/errors';
import { initI18n } from '../../src/renderer/src/i18n/i18n';
import { createApi } from '../../src/server/create-api';
import { createDispatcher, type Dispatch } from '../../src/server/dispatch';
import { startHttpServer, type RunningHttpServer } from '../../src/server/http';
import type { ApiResponse } from '../../src/shared/api';
import { formatError } from '../../src/shared/i18n/format-error';
import { FILE_LIMITS } from '../../src/shared/limits';
import { cli } from '../helpers/cli';
import { useTempDir } from '../helpers/temp';

type Failure = Extract<ApiResponse<unknown>, { ok: false }>['error'];

const tempDir = useTempDir();
let dir: string;
let db: string;
let api: ReturnType<typeof createApi>;
let dispatch: Dispatch;
let server: RunningHttpServer;

beforeAll(async () => {
  await initI18n('en');
});

afterAll(async () => {
  await server?.close();
  api?.close();
});

async function open(): Promise<void> {
  dir = tempDir();
  db = join(dir, 'doors.sqlite');
  api = createApi({ dbPath: db });
  dispatch = createDispatcher(api.handlers);
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>');
  server = await startHttpServer({ dispatch, rendererDir });
}

async function viaHttp(method: string, input: unknown): Promise<Failure> {
  const res = await fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as ApiResponse<unknown>;
  expect(res.status).toBeGreaterThanOrEqual(400);
  if (body.ok) throw new Error(`${method} succeeded over HTTP`);
  return body.error;
}

async function viaIpcDispatcher(method: string, input: unknown): Promise<Failure> {
  const res = await dispatch(method, input);
  if (res.ok) throw new Error(`${method} succeeded through the dispatcher`);
  return res.error;
}

/** One bad input, as CLI arguments and as the API call those arguments become. */
async function expectSameEverywhere(argv: string[], method: string, input: unknown): Promise<Failure> {
  const http = await viaHttp(method, input);
  const ipc = await viaIpcDispatcher(method, input);
  expect(ipc).toEqual(http);
  const run = await cli(db, argv);
  expect(run.code).toBe(1);
  const text = formatError(http.code, http.params, 'en');
  expect(run.stderr).toBe(`barabar: ${text}\n`);
  // The English UI shows the same sentence (its values only wrapped in invisible bidi isolates).
  const ui = errorMessage(new ApiCallError(http.code, http.params)).replace(/[\u2068\u2069]/g, '');
  expect(ui).toBe(text);
  return http;
}

describe('one error, three doors', { timeout: 120_000 }, () => {
  it('answers invalid input, unknown ids, bad files and invalid text identically', async () => {
    await open();
    const entry = (fa: string, en?: string) => ({
      key: undefined,
      subject: 'general',
      definition: undefined,
      note: undefined,
      source: undefined,
      terms: [
        { lang: 'fa', text: fa, status: 'preferred' },
        ...(en === undefined ? [] : [{ lang: 'en', text: en, status: 'preferred' }]),
      ],
    });

    // Validation: an entry without an English term.
    const noEnglish = await expectSameEverywhere(['glossary', 'add', '--fa', 'سرلشکر'], 'glossary.add', {
      entry: entry('سرلشکر'),
    });
    expect(noEnglish).toMatchObject({ code: 'validation', params: { field: 'entry.terms' } });

    // Invalid text: a lone surrogate is refused with the field's path, not stored as U+FFFD.
    const lone = await expectSameEverywhere(
      ['glossary', 'add', '--fa', 'سرلشکر', '--en', 'General\ud800'],
      'glossary.add',
      { entry: entry('سرلشکر', 'General\ud800') },
    );
    expect(lone).toMatchObject({ code: 'validation', params: { field: 'entry.terms.1.text' } });

    // An unknown id.
    const missing = await expectSameEverywhere(['glossary', 'remove', '99999'], 'glossary.get', {
      id: 99999,
    });
    expect(missing).toMatchObject({ code: 'not_found' });

    // A file that cannot be parsed: the same file name and line in every door.
    const tbx = join(dir, 'broken.tbx');
    const broken = '<?xml version="1.0"?>\n<martif type="TBX">\n<text><body>\n<termEntry>';
    writeFileSync(tbx, broken);
    const parse = await expectSameEverywhere(['glossary', 'import', tbx], 'glossary.import', {
      fileName: tbx,
      contentBase64: Buffer.from(broken).toString('base64'),
    });
    expect(parse).toMatchObject({ code: 'parse', params: { file: tbx } });

    // A report over the one size limit: the CLI's file reader and the API refuse it the same way.
    const big = join(dir, 'big.txt');
    const bytes = Buffer.alloc(FILE_LIMITS.report + 1, 0x41);
    writeFileSync(big, bytes);
    const tooLarge = await expectSameEverywhere(['import', big], 'documents.import', {
      fileName: big,
      contentBase64: bytes.toString('base64'),
    });
    expect(tooLarge).toEqual({ code: 'file_too_large', params: { file: big, limit: '8 MB' } });
  });
});
