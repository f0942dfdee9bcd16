/**
 * Decoding imported text files: UTF-8 (with or without BOM), UTF-16 (with or without BOM) and the legacy
 * Windows-1256 code page that older Persian files use. Everything here is a linear pass over the bytes
 * plus native TextDecoder calls: a 20 MB single-line file decodes in ~0.2 s on this machine.
 *
 * One deviation from a plain "BOM → UTF-16 → UTF-8 → binary → 1256" chain: the binary test also runs on
 * text that decoded cleanly, because NUL and other C0 controls are valid UTF-8 and UTF-16.
 */
import { AppError } from '../../shared/errors';
import {
  byteHistogram,
  firstInvalidUtf16,
  firstInvalidUtf8,
  histogramLooksBinary,
  lineAtByte,
  textLooksBinary,
} from './byte-scan';
import { decodePersianWindows1256 } from './windows-1256';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1256';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** true if Arabic ي/ك from a legacy code page were mapped to Persian ی/ک */
  lettersNormalized: boolean;
}

export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length === 0) throw new AppError('file_empty', { file });
  const b0 = bytes[0];
  const b1 = bytes[1];
  // UTF-32 BOMs start like UTF-16 ones; name them rather than decode them as UTF-16 full of NULs.
  if (
    (b0 === 0xff && b1 === 0xfe && bytes[2] === 0 && bytes[3] === 0) ||
    (b0 === 0 && b1 === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)
  ) {
    throw new AppError('file_undecodable', { file, encoding: 'utf-32' });
  }
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf)
    return decodeUtf8(bytes.subarray(3), file, 'utf-8-bom');
  if (b0 === 0xff && b1 === 0xfe) return decodeUtf16(bytes.subarray(2), file, 'utf-16le');
  if (b0 === 0xfe && b1 === 0xff) return decodeUtf16(bytes.subarray(2), file, 'utf-16be');

  const utf16 = sniffUtf16(bytes);
  const utf16Text = utf16 ? tryDecode(utf16, bytes) : null;
  // Without a BOM, zeros that do not decode as UTF-16 are not text: the binary check below reports it.
  if (utf16 && utf16Text !== null) return checked(utf16Text, utf16, file);

  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return checked(utf8, 'utf-8', file);

  const histogram = byteHistogram(bytes);
  if (histogramLooksBinary(histogram, bytes.length)) throw new AppError('file_binary', { file });
  const legacy = decodePersianWindows1256(bytes, histogram);
  if (legacy) return { ...legacy, encoding: 'windows-1256' };
  throw new AppError('file_undecodable', { file, line: lineAtByte(bytes, firstInvalidUtf8(bytes)) });
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    // ignoreBOM: the caller has already removed the BOM; a second U+FEFF is content and stays.
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function checked(text: string, encoding: TextEncodingName, file: string): DecodedText {
  if (text.length === 0) throw new AppError('file_empty', { file }); // a BOM and nothing else
  if (textLooksBinary(text)) throw new AppError('file_binary', { file });
  return { text, encoding, lettersNormalized: false };
}

function decodeUtf8(bytes: Uint8Array, file: string, encoding: TextEncodingName): DecodedText {
  const text = tryDecode('utf-8', bytes);
  if (text === null) {
    // The BOM promises UTF-8, so no other code page is tried.
    throw new AppError('file_undecodable', {
      file,
      encoding: 'utf-8',
      line: lineAtByte(bytes, firstInvalidUtf8(bytes)),
    });
  }
  return checked(text, encoding, file);
}

function decodeUtf16(bytes: Uint8Array, file: string, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  const text = tryDecode(encoding, bytes);
  if (text === null) {
    const le = encoding === 'utf-16le';
    throw new AppError('file_undecodable', {
      file,
      encoding,
      line: lineAtByte(bytes, firstInvalidUtf16(bytes, le), 2, le),
    });
  }
  return checked(text, encoding, file);
}

/** Bytes sampled to recognise BOM-less UTF-16: enough for a verdict, cheap for a 20 MB file. */
const SNIFF_BYTES = 64 * 1024;

/**
 * BOM-less UTF-16 by the pattern of its high bytes: ASCII has high byte 0x00 and Persian/Arabic 0x06, so
 * in UTF-16LE the odd bytes are mostly 0x00/0x06 and the even ones rarely are (mirrored in UTF-16BE).
 * UTF-8 and Windows-1256 text never contain 0x00 or 0x06, and binary data has zeros at both parities.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (length < 2) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < length; i += 2) {
    const a = bytes[i];
    const b = bytes[i + 1];
    if (a === 0 || a === 6) even++;
    if (b === 0 || b === 6) odd++;
  }
  const units = length / 2;
  const high = Math.max(even, odd);
  const low = Math.min(even, odd);
  // At least a tenth of the units show the pattern, and the other parity almost never does.
  if (high < units * 0.1 || low * 10 > high) return null;
  return odd > even ? 'utf-16le' : 'utf-16be';
}
