/**
 * Which key chars are part of a word (letters, combining marks, digits). A match must start and end on a
 * word boundary; ZWNJ is word-internal but is not itself a word char, so callers check it separately.
 */
let wordChars: Uint8Array | undefined;

/** 1 for a word char, 0 otherwise, indexed by UTF-16 code unit (surrogate halves count as non-word). */
export function wordCharTable(): Uint8Array {
  if (wordChars) return wordChars;
  const table = new Uint8Array(0x10000);
  // One regex test per code unit, once per process (~10 ms), so the hot loop is a plain array read.
  const word = /[\p{L}\p{M}\p{N}]/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (word.test(String.fromCharCode(c))) table[c] = 1;
  }
  wordChars = table;
  return table;
}
