/**
 * Files chosen in native dialogs are read and written here, in main: the renderer never gets a path
 * or file-system access, only the services' results.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../shared/errors';

/** The contract caps contentBase64 at 30 MiB of characters; that is this many raw bytes. */
export const MAX_IMPORT_BYTES = Math.floor((30 * 1024 * 1024) / 4) * 3;

export interface FilePayload {
  fileName: string;
  contentBase64: string;
}

/** Bytes travel as base64 so the services, not main, decide the encoding (UTF-8, UTF-16, Windows-1256). */
export async function readFileForImport(path: string): Promise<FilePayload> {
  const fileName = basename(path);
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new AppError('file_is_directory', { file: path });
    size = info.size;
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('file_not_found', { file: path });
  }
  if (size > MAX_IMPORT_BYTES)
    throw new AppError('file_too_large', {
      file: path,
      limit: `${Math.floor(MAX_IMPORT_BYTES / 1024 / 1024)} MB`,
    });
  const bytes = await readFile(path);
  // Re-checked after reading: the file may have grown between stat and read.
  if (bytes.length > MAX_IMPORT_BYTES)
    throw new AppError('file_too_large', {
      file: path,
      limit: `${Math.floor(MAX_IMPORT_BYTES / 1024 / 1024)} MB`,
    });
  return { fileName, contentBase64: bytes.toString('base64') };
}
