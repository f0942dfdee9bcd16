/**
 * Linear byte and code-unit scans behind decodeText: where UTF-8 / UTF-16 first goes wrong, which line
 * that is, and whether content looks binary. Each is one pass, so a 20 MB single-line file stays fast.
 */

/** Index of the first byte that does not start a well-formed UTF-8 sequence, or -1 if all are valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    // Second-byte ranges exclude overlong forms, surrogates and code points above U+10FFFF.
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else return i;
    if (i + need >= n) return i; // truncated at end of file
    const second = bytes[i + 1] ?? 0;
    if (second < lo || second > hi) return i;
    for (let k = 2; k <= need; k++) {
      const cont = bytes[i + k] ?? 0;
      if (cont < 0x80 || cont > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Index (in bytes) of the first ill-formed UTF-16 code unit: a lone surrogate or a trailing odd byte. */
export function firstInvalidUtf16(bytes: Uint8Array, littleEndian: boolean): number {
  const units = bytes.length >> 1;
  const unitAt = (u: number): number => {
    const a = bytes[2 * u] ?? 0;
    const b = bytes[2 * u + 1] ?? 0;
    return littleEndian ? a | (b << 8) : (a << 8) | b;
  };
  for (let u = 0; u < units; u++) {
    const c = unitAt(u);
    if (c >= 0xdc00 && c <= 0xdfff) return 2 * u;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = u + 1 < units ? unitAt(u + 1) : 0;
      if (next < 0xdc00 || next > 0xdfff) return 2 * u;
      u++;
    }
  }
  return bytes.length % 2 === 1 ? bytes.length - 1 : -1;
}

/**
 * 1-based line of byte `offset`. Lines end at LF, CRLF or a lone CR; for UTF-16 (`unitSize` 2) the break
 * characters are matched as 16-bit units in the given byte order.
 */
export function lineAtByte(
  bytes: Uint8Array,
  offset: number,
  unitSize: 1 | 2 = 1,
  littleEndian = true,
): number {
  let line = 1;
  const lowFirst = unitSize === 2 && littleEndian;
  for (let i = 0; i + unitSize <= offset; i += unitSize) {
    const c =
      unitSize === 1
        ? (bytes[i] ?? 0)
        : lowFirst
          ? (bytes[i] ?? 0) | ((bytes[i + 1] ?? 0) << 8)
          : ((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0);
    if (c === 0x0a) line++;
    else if (c === 0x0d) {
      const j = i + unitSize;
      const next =
        unitSize === 1
          ? bytes[j]
          : lowFirst
            ? (bytes[j] ?? 0) | ((bytes[j + 1] ?? 0) << 8)
            : ((bytes[j] ?? 0) << 8) | (bytes[j + 1] ?? 0);
      if (next !== 0x0a) line++;
    }
  }
  return line;
}

/**
 * C0 controls that never occur in text. Tab, LF, VT, FF, CR are layout; SUB (0x1A) ends many DOS-era
 * files and ESC (0x1B) starts terminal colour codes in logs, so neither marks a file as binary.
 */
function isBinaryControl(c: number): boolean {
  return (c < 0x20 && !(c >= 0x09 && c <= 0x0d) && c !== 0x1a && c !== 0x1b) || c === 0x7f;
}

/** More than 1 in 100 characters being controls means a binary file (a text file has at most a stray one). */
const MAX_CONTROL_SHARE = 0.01;

/** How often each byte value occurs: one branch-free pass that the binary and code-page tests share. */
export function byteHistogram(bytes: Uint8Array): Uint32Array {
  const histogram = new Uint32Array(256);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    histogram[b] = (histogram[b] ?? 0) + 1;
  }
  return histogram;
}

/** True if the counted bytes include NUL or a high share of control characters. */
export function histogramLooksBinary(histogram: Uint32Array, length: number): boolean {
  if ((histogram[0] ?? 0) > 0) return true;
  let controls = 0;
  for (let b = 1; b < 0x80; b++) if (isBinaryControl(b)) controls += histogram[b] ?? 0;
  return controls > length * MAX_CONTROL_SHARE;
}

/** Same test on decoded text (a NUL is valid UTF-8 and UTF-16, but no text file contains one). */
export function textLooksBinary(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (isBinaryControl(c)) controls++;
  }
  return controls > text.length * MAX_CONTROL_SHARE;
}
