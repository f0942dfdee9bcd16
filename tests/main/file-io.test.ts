import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileForImport } from '../../src/main/file-io';
import { API } from '../../src/shared/api';
import { FILE_LIMITS } from '../../src/shared/limits';
import { AppError } from '../../src/shared/errors';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'barabar-io-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function errorOf(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe('readFileForImport', () => {
  it('returns the bytes as base64 under the base name, whatever the encoding', async () => {
    const bytes = Buffer.from([0xff, 0xfe, 0x41, 0x00, 0xc7, 0xe1]); // UTF-16 BOM + Windows-1256 bytes
    const path = join(dir, 'گزارش.txt');
    writeFileSync(path, bytes);
    const payload = await readFileForImport(path, 'report');
    expect(payload.fileName).toBe('گزارش.txt');
    expect(Buffer.from(payload.contentBase64, 'base64').equals(bytes)).toBe(true);
  });

  it('names the file when it is missing or a directory', async () => {
    const missing = await errorOf(readFileForImport(join(dir, 'nope.txt'), 'report'));
    expect(missing.toJSON()).toEqual({ code: 'file_not_found', params: { file: join(dir, 'nope.txt') } });
    const directory = await errorOf(readFileForImport(dir, 'report'));
    expect(directory.toJSON()).toEqual({ code: 'file_is_directory', params: { file: dir } });
  });

  it('refuses files over the limit of their kind, and the largest that fits passes the contract', async () => {
    const path = join(dir, 'big.txt');
    writeFileSync(path, '');
    const MAX_IMPORT_BYTES = FILE_LIMITS.report;
    truncateSync(path, MAX_IMPORT_BYTES + 1);
    const tooBig = await errorOf(readFileForImport(path, 'report'));
    expect(tooBig.code).toBe('file_too_large');
    expect(tooBig.params).toEqual({ file: path, limit: '8 MB' });

    truncateSync(path, MAX_IMPORT_BYTES);
    const payload = await readFileForImport(path, 'report');
    expect(API['documents.import'].input.safeParse(payload).success).toBe(true);
  });
});
