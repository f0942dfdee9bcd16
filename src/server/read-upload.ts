/**
 * Reads a user-named file into an upload ({ fileName, contentBase64 }) for the API. The Electron menu
 * and the CLI both read files here, so a missing, directory or oversized file gets the same error in
 * every door, with the limit of shared/limits.ts that the API itself enforces.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../shared/errors';
import { FILE_LIMITS, formatLimit, type FileKind } from '../shared/limits';

export interface FileUpload {
  fileName: string;
  contentBase64: string;
}

/** `fileName` is what the API cites in its errors and stores as the name (the base name by default). */
export async function readUpload(
  path: string,
  kind: FileKind,
  fileName = basename(path),
): Promise<FileUpload> {
  const limit = FILE_LIMITS[kind];
  const tooLarge = () => new AppError('file_too_large', { file: path, limit: formatLimit(limit) });
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new AppError('file_is_directory', { file: path });
    size = info.size;
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('file_not_found', { file: path });
  }
  if (size > limit) throw tooLarge();
  const bytes = await readFile(path);
  // Re-checked after reading: the file may have grown between stat and read.
  if (bytes.length > limit) throw tooLarge();
  return { fileName, contentBase64: bytes.toString('base64') };
}
