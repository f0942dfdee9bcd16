/**
 * A large text file as decoded chunks, read piece by piece: a million-unit TMX (hundreds of MB) is parsed
 * while it is read, and never held whole in memory. UTF-8 (with or without BOM) and UTF-16 with a BOM.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { firstInvalidUtf8 } from '../core/text/byte-scan';
import { AppError } from '../shared/errors';

/** Bytes read at once: the buffer is reused, but it is part of a load's peak memory (issue 14.2). */
const CHUNK = 1024 * 1024;
/**
 * Bytes decoded into one string. A string of more than about 128 KB goes to V8's large-object space, one
 * fresh mapping each: decoding a 56 MB TBX 4 MB at a time cost 0.7 s of CPU, 64 KB at a time 0.17 s.
 */
const PIECE = 64 * 1024;

export function fileSize(file: string): number {
  let st;
  try {
    st = statSync(file);
  } catch {
    throw new AppError('file_not_found', { file });
  }
  if (st.isDirectory()) throw new AppError('file_is_directory', { file });
  if (st.size === 0) throw new AppError('file_empty', { file });
  return st.size;
}

export function* readTextChunks(file: string, onBytes?: (done: number) => void): Generator<string> {
  fileSize(file);
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(CHUNK);
    let decoder: TextDecoder | undefined;
    let done = 0;
    for (;;) {
      const n = readSync(fd, buf, 0, CHUNK, null);
      if (n === 0) break;
      let bytes = buf.subarray(0, n);
      if (decoder === undefined) {
        const le = bytes[0] === 0xff && bytes[1] === 0xfe;
        const be = bytes[0] === 0xfe && bytes[1] === 0xff;
        decoder = new TextDecoder(le ? 'utf-16le' : be ? 'utf-16be' : 'utf-8', { fatal: true });
        if (le || be) bytes = bytes.subarray(2);
      }
      for (let at = 0; at < bytes.length; at += PIECE) {
        const piece = bytes.subarray(at, at + PIECE);
        let text: string;
        try {
          text = decoder.decode(piece, { stream: true });
        } catch {
          const offset = done + (n - bytes.length) + badUtf8In(bytes, at, at + piece.length);
          throw undecodable(file, fd, decoder.encoding, offset);
        }
        onBytes?.(done + (n - bytes.length) + at + piece.length);
        if (text !== '') yield text;
      }
      done += n;
    }
    let rest = '';
    try {
      rest = decoder?.decode() ?? '';
    } catch {
      // The file ends inside a multi-byte character.
      throw undecodable(file, fd, decoder?.encoding ?? 'utf-8', done);
    }
    if (rest !== '') yield rest;
  } finally {
    closeSync(fd);
  }
}

/**
 * Where in bytes[from, to) the UTF-8 goes wrong: the first ill-formed sequence, starting up to three
 * bytes back (a character cut by the previous piece) at a character's first byte; `from` if none is found
 * there (the bad sequence runs on into the next piece).
 */
function badUtf8In(bytes: Uint8Array, from: number, to: number): number {
  let start = Math.max(0, from - 3);
  while (start < from && ((bytes[start] as number) & 0xc0) === 0x80) start++;
  const at = firstInvalidUtf8(bytes.subarray(start, to));
  return at === -1 ? from : start + at;
}

/**
 * The error for a file that stops decoding at byte `offset`, naming its line for UTF-8 (the line ends
 * before it are counted by reading the file again: nothing is counted while the import runs well).
 */
function undecodable(file: string, fd: number, encoding: string, offset: number): AppError {
  if (encoding !== 'utf-8') return new AppError('file_undecodable', { file, encoding });
  const buf = Buffer.allocUnsafe(Math.min(CHUNK, Math.max(1, offset)));
  let line = 1;
  for (let pos = 0; pos < offset;) {
    const n = readSync(fd, buf, 0, Math.min(buf.length, offset - pos), pos);
    if (n === 0) break;
    for (let i = buf.indexOf(0x0a, 0); i !== -1 && i < n; i = buf.indexOf(0x0a, i + 1)) line++;
    pos += n;
  }
  return new AppError('file_undecodable', { file, encoding, line });
}
