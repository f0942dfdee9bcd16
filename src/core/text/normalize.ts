/**
 * Match keys: a folded copy of a text for matching (glossary recognition, search, DB identity), with an
 * offset map back to the original. The original text is never rewritten; only the key is folded.
 *
 * Speed matters (this runs on every keystroke), so folding is one pass over the text driven by a
 * precomputed 64K-entry table: no regex and no allocation per character.
 */

export interface MatchKey {
  /** Folded text (see the rules on `buildTable`). */
  key: string;
  /** starts[i] = index in the original text where key char i comes from; length key.length + 1, last = text.length. */
  starts: Uint32Array;
  /**
   * ends[i] = index in the original text just past the source of key char i; length key.length.
   * Diacritics and tatweel after a char count as part of its source (so a hit on «ایرانِ» takes the kasra
   * with it); invisible controls (ZWJ, LRM, RLM, ...) belong to no key char.
   */
  ends: Uint32Array;
}

export const KEY_SPACE = 0x20;
export const KEY_ZWNJ = 0x200c;

// One table entry per UTF-16 code unit: low 16 bits = the key char, bits 16+ = what to do with it.
const EMIT = 0; // emit the key char
const MARK = 1; // drop, but count it as part of the previous key char's source (harakat, tatweel)
const CONTROL = 2; // drop, belongs to no key char (ZWJ, bidi controls, BOM)
const SPACE = 3; // a space; runs collapse to one
const ZWNJ = 4; // kept as one U+200C; runs collapse, and next to a space it merges into the space
const COMPOSE = 5; // U+0653 / U+0654: may compose with the previous letter (NFD input), else a MARK
const EXPAND = 6; // presentation-form ligature: low 16 bits index `expansions`

const ALEF = 0x0627;
const ALEF_MADDA = 0x0622;
const YEH = 0x06cc;
const WAW = 0x0648;

/**
 * Bumped whenever a folding rule changes: stored match keys (terms.term_key) made under another version are
 * recomputed when a database is opened.
 */
export const MATCH_KEY_VERSION = 2;

let table: Int32Array | undefined;
const expansions: Uint16Array[] = [];

function fill(from: number, to: number, value: number): void {
  for (let c = from; c <= to; c++) (table as Int32Array)[c] = value;
}

function set(chars: string, to: number): void {
  for (let i = 0; i < chars.length; i++) (table as Int32Array)[chars.charCodeAt(i)] = to;
}

/**
 * The rules, one table entry per UTF-16 code unit:
 * - Arabic letter forms to Persian ones: ي ى → ی, ك ڪ → ک, ۀ ة ە ہ ۂ → ه, أ إ ٱ ٲ ٳ → ا. ئ → ی too: Persian
 *   writes the same word both ways («رئیس»/«رییس», «مسائل»/«مسایل», «پائیز»/«پاییز»), often on one news
 *   site. آ is NOT folded to ا:
 *   it is a different letter in Persian (آب "water" vs اب), written consistently, and folding it would merge
 *   distinct words in the termbase.
 * - Persian and Arabic-Indic digits → ASCII; Arabic decimal/thousands separators and percent → . , %
 * - tatweel, harakat U+064B–U+065F, superscript alef U+0670 and Quranic marks U+06D6–U+06ED dropped.
 *   Decomposed madda/hamza (U+0653/U+0654) recompose with ا / ی / و so NFD and NFC text give one key.
 * - NBSP, U+2000–U+200A, U+202F, U+205F, U+3000, tab, VT, FF → space; runs of spaces → one space.
 *   Line breaks stay: a term never spans lines.
 * - ZWNJ kept (word-internal, unlike a space); ZWSP (U+200B) counts as a ZWNJ because Persian typists
 *   use it as one. ZWJ, LRM/RLM/ALM, bidi embeddings/isolates, BOM, soft hyphen, word joiner dropped.
 * - Arabic presentation forms and full-width forms folded through NFKC (at table build, not per char).
 * - Latin (and Greek/Cyrillic) letters lower-cased, so «P5+1» matches «p5+1».
 */
const CASE_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x0590],
  [0x1e00, 0x2000],
  [0x2c60, 0x2c80],
  [0xa720, 0xa800],
];

function buildTable(): Int32Array {
  table = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = c;

  // Case ranges only: Latin, Greek, Cyrillic, Armenian, Latin Extended Additional, Greek Extended, ...
  // (visited range by range: a loop over all 64K units runs cold, once, on every CLI start).
  for (const [from, to] of CASE_RANGES) {
    for (let c = from; c < to; c++) {
      const lower = String.fromCharCode(c).toLowerCase();
      if (lower.length === 1) table[c] = lower.charCodeAt(0);
    }
  }

  set('يىئ', YEH);
  set('كڪ', 0x06a9);
  set('ۀةەہۂ', 0x0647);
  set('أإٱٲٳ', ALEF);
  for (let d = 0; d < 10; d++) {
    table[0x06f0 + d] = 0x30 + d;
    table[0x0660 + d] = 0x30 + d;
  }
  table[0x066b] = 0x2e; // ٫ decimal separator
  table[0x066c] = 0x2c; // ٬ thousands separator
  table[0x066a] = 0x25; // ٪

  const mark = MARK << 16;
  fill(0x064b, 0x065f, mark);
  table[0x0640] = mark;
  table[0x0670] = mark;
  fill(0x06d6, 0x06ed, mark);
  table[0x0653] = COMPOSE << 16;
  table[0x0654] = COMPOSE << 16;

  const control = CONTROL << 16;
  set('\u200d\u200e\u200f\u061c\ufeff\u00ad\u2060\u034f\u180e', control);
  fill(0x202a, 0x202e, control);
  fill(0x2061, 0x2069, control);

  const space = (SPACE << 16) | KEY_SPACE;
  set(' \t\u000b\u000c\u00a0\u202f\u205f\u3000', space);
  fill(0x2000, 0x200a, space);
  set('\u200c\u200b', (ZWNJ << 16) | KEY_ZWNJ);

  // Compatibility forms last: their NFKC result is folded with the rules above.
  const base = table.slice();
  for (const [from, to] of [
    [0xfb50, 0xfdff],
    [0xfe70, 0xfefe],
    [0xff01, 0xff5e],
    [0xffe0, 0xffe6],
  ] as const) {
    for (let c = from; c <= to; c++) table[c] = compatibilityEntry(base, c);
  }
  return table;
}

/** The table entry for a compatibility char: its NFKC decomposition folded by the base table. */
function compatibilityEntry(base: Int32Array, c: number): number {
  const nfkc = String.fromCharCode(c).normalize('NFKC');
  if (nfkc.length === 1 && nfkc.charCodeAt(0) === c) return base[c] ?? c;
  const out: number[] = [];
  for (let i = 0; i < nfkc.length; i++) {
    const e = base[nfkc.charCodeAt(i)] ?? 0;
    const kind = e >>> 16;
    if (kind === EMIT || kind === SPACE || kind === ZWNJ) out.push(e & 0xffff);
  }
  // Isolated harakat (U+FE70…) decompose to space + mark: nothing to match, so they are marks too.
  if (out.every((k) => k === KEY_SPACE)) return MARK << 16;
  if (out.length === 1) return out[0] as number;
  expansions.push(Uint16Array.from(out));
  return (EXPAND << 16) | (expansions.length - 1);
}

/** Output of one fold: key chars and their sources. Arrays are replaced when an expansion needs room. */
interface FoldBuffers {
  out: Uint16Array;
  starts: Uint32Array;
  ends: Uint32Array;
}

/** True after `fold` when the key differs from the text by more than dropped chars (see normalizeForMatch). */
let foldChanged = false;

/**
 * Fold `text` into `b` (ends has room for text.length + 8, starts one more, out at least as much); returns
 * the key length. `offsets: false` leaves starts and ends unwritten for plain chars (they are then not
 * meaningful): a caller that only wants the key saves two of the three writes per char.
 */
function fold(text: string, b: FoldBuffers, offsets = true): number {
  const t = table ?? buildTable();
  const n = text.length;
  let { out, starts, ends } = b;
  let cap = ends.length; // `out` may be a larger reused buffer; `starts` is always one longer than `ends`
  let k = 0;
  let changed = false;

  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const e = t[c] as number;
    if (e < 0x10000) {
      // Hot path: a plain char (the vast majority).
      if (e !== c) changed = true;
      if (offsets) {
        starts[k] = i;
        ends[k] = i + 1;
      }
      out[k++] = e;
      continue;
    }
    // Drops and merges shrink the key (k < n); only substitutions and expansions need `changed`.
    const kind = e >>> 16;
    const prev = k > 0 ? out[k - 1] : -1;
    if (kind === MARK) {
      if (k > 0) ends[k - 1] = i + 1;
    } else if (kind === SPACE || kind === ZWNJ) {
      if (prev === KEY_SPACE || prev === KEY_ZWNJ) {
        // A run: widen the previous separator; a space next to a ZWNJ wins (the ZWNJ adds nothing).
        if (kind === SPACE) out[k - 1] = KEY_SPACE;
        ends[k - 1] = i + 1;
      } else {
        if (c !== (e & 0xffff)) changed = true;
        out[k] = e & 0xffff;
        starts[k] = i;
        ends[k++] = i + 1;
      }
    } else if (kind === COMPOSE) {
      if (k > 0) {
        if (c === 0x0653 && prev === ALEF) out[k - 1] = ALEF_MADDA;
        // ی + hamza above is ئ, which folds to ی: the key char stays as it is.
        else if (c === 0x0654 && prev === WAW) out[k - 1] = 0x0624;
        ends[k - 1] = i + 1;
      }
    } else if (kind === EXPAND) {
      changed = true;
      const exp = expansions[e & 0xffff] as Uint16Array;
      // The hot path writes without bounds checks: keep room for this expansion plus one key char per
      // input char still to come (typed arrays drop out-of-range writes silently).
      if (k + exp.length + (n - i) > cap) {
        cap = cap * 2 + exp.length;
        b.out = out = grow(out, cap);
        b.starts = starts = grow(starts, cap + 1);
        b.ends = ends = grow(ends, cap);
      }
      for (let j = 0; j < exp.length; j++) {
        const x = exp[j] as number;
        const last = k > 0 ? out[k - 1] : -1;
        if (x === KEY_SPACE && (last === KEY_SPACE || last === KEY_ZWNJ)) {
          out[k - 1] = KEY_SPACE;
          ends[k - 1] = i + 1;
          continue;
        }
        out[k] = x;
        starts[k] = i;
        ends[k++] = i + 1;
      }
    }
    // CONTROL: nothing to emit, no source to widen.
  }
  starts[k] = n;
  foldChanged = changed;
  return k;
}

// Reused for what does not leave this module (the key chars before decoding; all of termKey's arrays).
let scratch: FoldBuffers = {
  out: new Uint16Array(264),
  starts: new Uint32Array(265),
  ends: new Uint32Array(264),
};

function scratchFor(length: number): FoldBuffers {
  if (scratch.out.length < length + 8) {
    const cap = length * 2 + 8;
    scratch = { out: new Uint16Array(cap), starts: new Uint32Array(cap + 1), ends: new Uint32Array(cap) };
  }
  return scratch;
}

/** Fold `text` into its match key with an exact offset map back to `text`. */
export function normalizeForMatch(text: string): MatchKey {
  const n = text.length;
  const b: FoldBuffers = {
    out: scratchFor(n).out,
    starts: new Uint32Array(n + 9),
    ends: new Uint32Array(n + 8),
  };
  const k = fold(text, b);
  if (b.out.length > scratch.out.length) scratch = { ...scratch, out: b.out };
  return {
    key: foldChanged || k !== n ? decode(b.out, k) : text,
    starts: b.starts.subarray(0, k + 1),
    ends: b.ends.subarray(0, k),
  };
}

let reused: FoldBuffers = {
  out: new Uint16Array(0),
  starts: new Uint32Array(265),
  ends: new Uint32Array(264),
};

/**
 * normalizeForMatch for a caller that reads the result at once and drops it (the glossary matcher, on
 * every keystroke): `starts` and `ends` are views of buffers that the next call overwrites. On a 1 MB text
 * this saves allocating 4.5 MB per call, which cost more in garbage collection than the folding itself.
 */
export function normalizeForMatchScratch(text: string): MatchKey {
  const n = text.length;
  if (reused.ends.length < n + 8) {
    const cap = n * 2 + 8;
    reused = { out: reused.out, starts: new Uint32Array(cap + 1), ends: new Uint32Array(cap) };
  }
  const b: FoldBuffers = { out: scratchFor(n).out, starts: reused.starts, ends: reused.ends };
  const k = fold(text, b);
  if (b.out.length > scratch.out.length) scratch = { ...scratch, out: b.out };
  reused = { out: reused.out, starts: b.starts, ends: b.ends };
  return {
    key: foldChanged || k !== n ? decode(b.out, k) : text,
    starts: b.starts.subarray(0, k + 1),
    ends: b.ends.subarray(0, k),
  };
}

function grow<T extends Uint16Array | Uint32Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(Math.max(size, a.length));
  b.set(a);
  return b;
}

// TextDecoder turns long runs of code units into a string about 5x faster than String.fromCharCode, but
// costs about a microsecond per call, so short keys (terms) use fromCharCode. TextDecoder needs a
// little-endian host (all current ones); lone surrogates come out as U+FFFD, one for one, so the offset
// map is unaffected.
const utf16 = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? new TextDecoder('utf-16le') : undefined;
const CHUNK = 8192;

function decode(codes: Uint16Array, length: number): string {
  if (utf16 && length > 64) return utf16.decode(codes.subarray(0, length));
  const parts: string[] = [];
  for (let i = 0; i < length; i += CHUNK) {
    parts.push(
      String.fromCharCode.apply(null, codes.subarray(i, Math.min(i + CHUNK, length)) as unknown as number[]),
    );
  }
  return parts.length === 1 ? (parts[0] as string) : parts.join('');
}

/**
 * Canonical identity of a term (DB uniqueness, lookups): the match key with spaces, ZWNJ and other joiners
 * removed, so «بین‌المللی», «بین المللی» and «بینالمللی» are one term.
 */
export function termKey(term: string): string {
  const b = scratchFor(term.length);
  const k = fold(term, b, false);
  const out = b.out;
  let w = 0;
  for (let r = 0; r < k; r++) {
    const c = out[r] as number;
    if (c !== KEY_SPACE && c !== KEY_ZWNJ) out[w++] = c;
  }
  if (b !== scratch && b.out.length > scratch.out.length) scratch = b;
  return !foldChanged && w === term.length ? term : decode(out, w);
}

/** Convenience: the folded key only (for search boxes, English/Persian search). Not trimmed. */
export function foldForSearch(text: string): string {
  return foldUnits(text).key;
}

/** What foldUnits returns: one object, overwritten by every call. */
export interface FoldedUnits {
  /** The match key (as normalizeForMatch's `key`). */
  key: string;
  /** The key's UTF-16 units in units[0 .. length): a shared buffer, overwritten by the next fold. */
  units: Uint16Array;
  length: number;
}

const folded: FoldedUnits = { key: '', units: scratch.out, length: 0 };

/**
 * The match key of `text`, also as UTF-16 units for a caller that reads them at once (tmKeysInto scans
 * them for tokens). Only the key leaves, so the shared scratch buffers are used and the offsets left
 * unwritten: identity keys are computed for every term of a 100,000-entry import, word keys for every
 * unit of a TMX import.
 */
export function foldUnits(text: string): FoldedUnits {
  const b = scratchFor(text.length);
  const k = fold(text, b, false); // grows `b`, which is `scratch`, in place when it must
  folded.key = foldChanged || k !== text.length ? decode(b.out, k) : text;
  folded.units = b.out;
  folded.length = k;
  return folded;
}
