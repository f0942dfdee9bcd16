import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Streams chunks into a temporary file beside the target, fsyncs it and renames it into place, so a
 * crash or an error mid-export never leaves a half-written file under the real name.
 */
export function writeFileAtomically(file: string, chunks: Iterable<string | Uint8Array>): { bytes: number } {
  const tmp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(tmp, 'wx', 0o644);
  let bytes = 0;
  try {
    let buffer = '';
    for (const chunk of chunks) {
      // Binary chunks (a Word file) are written as they come, after any text still buffered.
      if (typeof chunk !== 'string') {
        if (buffer) bytes += writeSync(fd, buffer);
        buffer = '';
        bytes += writeSync(fd, chunk);
        continue;
      }
      buffer += chunk;
      // Batch small chunks into ~64 KB writes: fewer syscalls, memory still flat.
      if (buffer.length >= 65_536) {
        bytes += writeSync(fd, buffer);
        buffer = '';
      }
    }
    if (buffer) bytes += writeSync(fd, buffer);
    fsyncSync(fd);
    closeSync(fd);
  } catch (err) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw err;
  }
  renameSync(tmp, file);
  return { bytes };
}
