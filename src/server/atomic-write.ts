import {
  closeSync,
  fsyncSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** `.NAME.<12 hex>.tmp`: the temporary files this module makes, and the only ones it ever removes. */
const TEMP_NAME = /^\..+\.[0-9a-f]{12}\.tmp$/;
/** An export still being written is younger than this; an older temp file was left by a killed process. */
export const STALE_TEMP_MS = 10 * 60 * 1000;

/**
 * Streams chunks into a temporary file beside the target, fsyncs it, renames it into place and fsyncs the
 * folder, so a crash or an error mid-export never leaves a half-written file under the real name, and a
 * power cut after we return cannot undo the rename. Temp files that a killed export left in the folder are
 * removed first.
 */
export function writeFileAtomically(file: string, chunks: Iterable<string | Uint8Array>): { bytes: number } {
  const dir = dirname(file);
  removeStaleTempFiles(dir);
  const tmp = join(
    dir,
    `.${basename(file)}.${process.getBuiltinModule('node:crypto').randomBytes(6).toString('hex')}.tmp`,
  );
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
  syncDirectory(dir);
  return { bytes };
}

/** The rename lives in the directory entry: without this fsync a power cut may bring back the old file. */
function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch (err) {
    // Windows cannot open or fsync a directory; NTFS journals the rename itself.
    if (process.platform !== 'win32') throw err;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Removes temp files of our own pattern older than `maxAgeMs` from `dir` (a kill -9 mid-export leaves
 * them, up to hundreds of MB each). Anything else, and our younger files (an export in progress in another
 * process), is left alone. Best effort: a file that vanishes or cannot be removed is skipped.
 */
export function removeStaleTempFiles(dir: string, maxAgeMs = STALE_TEMP_MS, now = Date.now()): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => TEMP_NAME.test(n));
  } catch {
    return removed;
  }
  for (const name of names) {
    const path = join(dir, name);
    try {
      const st = statSync(path);
      if (!st.isFile() || now - st.mtimeMs < maxAgeMs) continue;
      rmSync(path);
      removed.push(path);
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
  return removed;
}
