/**
 * An exchange file named on the command line, for an import that parses while it reads (issue 14.2): no
 * base64 upload, no second copy of the file in memory. UTF-8 files, the common case, are decoded as they
 * are read (text-chunks.ts); the binary check runs on the first 64 KB. Anything else — UTF-16 or UTF-32,
 * with or without BOM, Windows-1256, a NUL in the first bytes — is read whole and decoded exactly as an
 * upload is (decode-file.ts), within the upload's size limit. A file that turns out not to be UTF-8 after
 * its first 64 KB makes the stream throw NotUtf8; the caller then starts over with `whole()`.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { textLooksBinary } from '../core/text/byte-scan';
import { AppError } from '../shared/errors';
import { FILE_LIMITS, formatLimit, type FileKind } from '../shared/limits';
import { decodeFile } from './services/decode-file';
import { fileSize, readTextChunks } from './text-chunks';

const HEAD = 64 * 1024;

/** The file stopped being valid UTF-8 after its start: read it whole instead (see the file comment). */
export class NotUtf8 extends Error {}

export interface TextFileSource {
  /** The file's size in bytes (progress of the read phase is in bytes). */
  size: number;
  /** The text, streamed if the file starts as plain UTF-8, else whole. A new read on each call. */
  text(): string | Iterable<string>;
  /** The whole file decoded as an upload is (BOM sniffing, Windows-1256, binary check). */
  whole(): string;
}

export function textFileSource(
  path: string,
  kind: FileKind,
  onBytes?: (done: number) => void,
): TextFileSource {
  const size = fileSize(path);
  const whole = (): string => {
    const limit = FILE_LIMITS[kind];
    if (size > limit) {
      // Only a file that is not plain UTF-8 comes here: the message says why its size is limited.
      throw new AppError('file_too_large', { file: path, limit: formatLimit(limit), notUtf8: true });
    }
    const text = decodeFile(readFileSync(path), path);
    onBytes?.(size);
    return text;
  };
  return {
    size,
    whole,
    text() {
      const head = readHead(path);
      const start = plainUtf8Start(head);
      if (start === undefined) return whole();
      if (textLooksBinary(start)) throw new AppError('file_binary', { file: path });
      return utf8Chunks(path, onBytes);
    },
  };
}

function readHead(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(HEAD);
    return buf.subarray(0, readSync(fd, buf, 0, HEAD, 0));
  } finally {
    closeSync(fd);
  }
}

/** The head decoded, if it is UTF-8 (a character cut at its end allowed) without NUL bytes or a UTF-16 BOM. */
function plainUtf8Start(head: Uint8Array): string | undefined {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return undefined;
  if (head.includes(0)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
  } catch {
    return undefined;
  }
}

function* utf8Chunks(path: string, onBytes?: (done: number) => void): Generator<string> {
  try {
    yield* readTextChunks(path, onBytes);
  } catch (err) {
    if (err instanceof AppError && err.code === 'file_undecodable') throw new NotUtf8();
    throw err;
  }
}
