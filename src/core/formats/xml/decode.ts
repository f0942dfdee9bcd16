/**
 * Bytes → string for XML files, following the XML spec's own rules (appendix F): a byte-order mark wins,
 * then the encoding named in the XML declaration, then UTF-8. Decoding is strict, so a declaration that
 * lies about the bytes fails with the line of the first bad byte instead of silently producing mojibake.
 */
import { AppError } from '../../../shared/errors';

const UTF8 = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);

export function decodeXmlBytes(bytes: Uint8Array, file: string): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) return strict('utf-8', bytes.subarray(3), file);
  if (b0 === 0xff && b1 === 0xfe) return strict('utf-16le', bytes.subarray(2), file);
  if (b0 === 0xfe && b1 === 0xff) return strict('utf-16be', bytes.subarray(2), file);
  // BOM-less UTF-16 starts "<\0?\0" or "\0<\0?".
  if (b0 === 0x3c && b1 === 0x00) return strict('utf-16le', bytes, file);
  if (b0 === 0x00 && b1 === 0x3c) return strict('utf-16be', bytes, file);

  const declared = declaredEncoding(bytes);
  if (declared === undefined || UTF8.has(declared)) return strict('utf-8', bytes, file);
  if (declared.startsWith('utf-16') || declared === 'unicode') {
    throw new AppError('parse', {
      file,
      line: 1,
      reason: `the XML declaration says ${declared} but the file has no UTF-16 byte order`,
    });
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared, { fatal: true });
  } catch {
    throw new AppError('parse', {
      file,
      line: 1,
      reason: `unknown encoding "${declared}" in the XML declaration`,
    });
  }
  // A legacy single-byte label on bytes that are well-formed multi-byte UTF-8 is almost surely a wrong
  // declaration (editors re-save as UTF-8 and keep the old header); decoding would garble every letter.
  const firstMultiByte = bytes.findIndex((b) => b >= 0x80);
  if (firstMultiByte !== -1 && isUtf8(bytes)) {
    throw new AppError('parse', {
      file,
      line: lineAt(bytes, firstMultiByte),
      reason: `the XML declaration says ${declared} but the file is UTF-8`,
    });
  }
  return decode(decoder, declared, bytes, file);
}

function strict(label: string, bytes: Uint8Array, file: string): string {
  return decode(new TextDecoder(label, { fatal: true, ignoreBOM: true }), label, bytes, file);
}

function decode(decoder: TextDecoder, label: string, bytes: Uint8Array, file: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    // Only for UTF-8 can we point at the offending byte cheaply; other encodings report the file alone.
    if (label !== 'utf-8') throw new AppError('file_undecodable', { file, encoding: label });
    throw new AppError('file_undecodable', {
      file,
      encoding: label,
      line: lineAt(bytes, firstBadUtf8(bytes)),
    });
  }
}

/** Reads `encoding="…"` from an ASCII-compatible XML declaration; lower-cased label or undefined. */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  if (!head.startsWith('<?xml')) return undefined;
  const end = head.indexOf('?>');
  const m = /\sencoding\s*=\s*(["'])([A-Za-z][A-Za-z0-9._-]*)\1/.exec(end === -1 ? head : head.slice(0, end));
  return m?.[2]?.toLowerCase();
}

function isUtf8(bytes: Uint8Array): boolean {
  return firstBadUtf8(bytes) === -1;
}

/** Index of the first byte that breaks UTF-8, or -1. Also used to give a line for a failed decode. */
function firstBadUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const extra =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (extra === -1) return i;
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += extra + 1;
  }
  return -1;
}

function lineAt(bytes: Uint8Array, index: number): number {
  let line = 1;
  const end = index === -1 ? bytes.length : index;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
