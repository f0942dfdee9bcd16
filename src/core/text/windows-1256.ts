/**
 * The legacy Windows-1256 code page of older Persian files. It is a single-byte code, so recognition and
 * decoding work on the bytes through 256-entry tables (built once from the platform's own TextDecoder):
 * a regex replace of ي/ك over a decoded 20 MB string took over a second here.
 */

/** Share of non-ASCII bytes that must decode to Arabic-script characters (letters, ZWNJ, ، ؛ ؟ « »). */
const MIN_ARABIC_SCRIPT_SHARE = 0.9;
/** Share of non-ASCII bytes that must decode to Arabic-script letters. */
const MIN_ARABIC_LETTER_SHARE = 0.6;

const OTHER = 0;
const ARABIC_LETTER = 1;
const ARABIC_SCRIPT = 2;

interface Tables {
  /** Byte → UTF-16 code unit, with Arabic ي ى ك already mapped to Persian ی ک. */
  persian: Uint16Array;
  /** Byte → OTHER / ARABIC_LETTER / ARABIC_SCRIPT. */
  category: Uint8Array;
  /** Bytes whose Arabic letter is replaced: ي (0xED), ى (0xEC), ك (0xDF). */
  mapped: Uint8Array;
}

let tables: Tables | undefined;

function buildTables(): Tables {
  const decoded = new TextDecoder('windows-1256').decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  const persian = new Uint16Array(256);
  const category = new Uint8Array(256);
  const mapped = new Uint8Array(256);
  for (let b = 0; b < 256; b++) {
    const c = decoded.charCodeAt(b);
    // Windows-1256 has no Persian ی (U+06CC): legacy Persian files carry Arabic ي or, for the final form,
    // ى; ک exists (0x98) but older files often used Arabic ك. Persian text never means the Arabic letters.
    const persianCode = c === 0x064a || c === 0x0649 ? 0x06cc : c === 0x0643 ? 0x06a9 : c;
    persian[b] = persianCode;
    mapped[b] = persianCode !== c ? 1 : 0;
    if ((c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3)) category[b] = ARABIC_LETTER;
    else if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x200c && c <= 0x200f) || c === 0xab || c === 0xbb)
      category[b] = ARABIC_SCRIPT;
    else category[b] = OTHER;
  }
  return { persian, category, mapped };
}

/**
 * Decode `bytes` as Windows-1256 Persian if their non-ASCII bytes are nearly all Arabic-script and mostly
 * letters; null otherwise. Windows-1256 decodes any byte, so this test is what keeps a Latin-1 file
 * (é, ü stay Latin letters in 1256) or random bytes (about half map to Arabic letters) out.
 * `histogram` counts each byte value in `bytes` (see byteHistogram): the test needs 256 steps, not a pass.
 */
export function decodePersianWindows1256(
  bytes: Uint8Array,
  histogram: Uint32Array,
): { text: string; lettersNormalized: boolean } | null {
  tables ??= buildTables();
  const { persian, category, mapped } = tables;
  let nonAscii = 0;
  let script = 0;
  let letters = 0;
  let replaced = 0;
  for (let b = 0x80; b < 256; b++) {
    const count = histogram[b] ?? 0;
    nonAscii += count;
    const cat = category[b];
    if (cat === OTHER) continue;
    script += count; // letters count as script too
    if (cat === ARABIC_LETTER) letters += count;
    if (mapped[b] === 1) replaced += count;
  }
  const persianText =
    nonAscii > 0 &&
    script >= nonAscii * MIN_ARABIC_SCRIPT_SHARE &&
    letters >= nonAscii * MIN_ARABIC_LETTER_SHARE;
  if (!persianText) return null;
  if (replaced === 0)
    return { text: new TextDecoder('windows-1256').decode(bytes), lettersNormalized: false };
  // Map the bytes straight to Persian code units and let the native decoder build the string: a regex
  // replace over the decoded text, or String.fromCharCode over chunks, were 3-10x slower on 20 MB.
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) units[i] = persian[bytes[i] ?? 0] ?? 0;
  return { text: new TextDecoder(HOST_UTF16, { ignoreBOM: true }).decode(units), lettersNormalized: true };
}

/** Typed arrays use the host's byte order, so the code units are read back in that order. */
const HOST_UTF16 = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'utf-16le' : 'utf-16be';
