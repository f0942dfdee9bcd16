import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { AppError, formatError } from '../shared/errors';
import type { IncomingFile } from '../server/services/documents-service';

/** Reads a user-named file with the errors a translator can act on (missing, a directory, too large). */
export function readUserFile(path: string, limitBytes: number): IncomingFile {
  const file = path;
  let size: number;
  try {
    const st = statSync(resolve(path));
    if (st.isDirectory()) throw new AppError('file_is_directory', { file });
    size = st.size;
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('file_not_found', { file });
  }
  if (size > limitBytes)
    throw new AppError('file_too_large', { file, limit: `${Math.round(limitBytes / 1024 / 1024)} MB` });
  return { name: basename(path), file, bytes: new Uint8Array(readFileSync(resolve(path))) };
}

export class UsageError extends Error {}

export interface Out {
  line(text?: string): void;
  json(value: unknown): void;
  error(text: string): void;
}

export const stdout: Out = {
  line: (text = '') => process.stdout.write(`${text}\n`),
  json: (value) => process.stdout.write(`${JSON.stringify(value, null, 2)}\n`),
  error: (text) => process.stderr.write(`barabar: ${text}\n`),
};

export function describeError(err: unknown): string {
  if (err instanceof AppError) return formatError(err);
  if (err instanceof UsageError) return err.message;
  if (err instanceof Error) return err.message.split('\n')[0] ?? 'unknown error';
  return String(err);
}

/** Left-aligned columns; Persian cells are wrapped in isolates so a terminal does not reorder neighbours. */
export function table(rows: readonly (readonly (string | number)[])[]): string {
  const cells = rows.map((r) => r.map((c) => String(c)));
  const widths: number[] = [];
  for (const r of cells) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return cells
    .map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  '))
    .join('\n');
}
