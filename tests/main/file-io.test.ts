import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, readFileForImport } from '../../src/main/file-io';
import { apiInputs } from '../../src/shared/api';
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
    const payload = await readFileForImport(path);
    expect(payload.fileName).toBe('گزارش.txt');
    expect(Buffer.from(payload.contentBase64, 'base64').equals(bytes)).toBe(true);
  });

  it('names the file when it is missing or a directory', async () => {
    const missing = await errorOf(readFileForImport(join(dir, 'nope.txt')));
    expect(missing.toJSON()).toEqual({ code: 'file_not_found', params: { file: join(dir, 'nope.txt') } });
    const directory = await errorOf(readFileForImport(dir));
    expect(directory.toJSON()).toEqual({ code: 'file_is_directory', params: { file: dir } });
  });

  it('refuses files whose base64 would exceed the contract, and accepts the largest that fits', async () => {
    const path = join(dir, 'big.txt');
    writeFileSync(path, '');
    truncateSync(path, MAX_IMPORT_BYTES + 1);
    const tooBig = await errorOf(readFileForImport(path));
    expect(tooBig.code).toBe('file_too_large');
    expect(tooBig.params.file).toBe(path);

    truncateSync(path, MAX_IMPORT_BYTES);
    const payload = await readFileForImport(path);
    expect(apiInputs['documents.import'].safeParse(payload).success).toBe(true);
  });
});
