/**
 * The parser's duplicate index for long imports. Issue 13.17 moved it from Maps in the heap (a 1M-line
 * TSV held a million signature strings) to a SQLite temp table; there, one indexed row per value cost a
 * quarter of a 100,000-entry TBX import (issue 14.2). Here each remembered value costs a few bytes of
 * typed arrays: a 32-bit hash and an ordinal in an open-addressing table, and the value with where it was
 * read as UTF-8 in a byte log (about half the size of the same JavaScript strings, and no object per
 * value for the garbage collector to trace). A value whose hash was never remembered is new at once; on
 * a hash hit (a real repeat, or now and then two values with one hash) the logged value is compared.
 */
import type { SeenIndex, SeenSpace } from './entry-collector';

/**
 * Hash → ordinal, open addressing with linear probing; doubles at half full. Slot i is pairs[2i] (the
 * hash, 0 when empty) and pairs[2i + 1] (the ordinal), side by side: a probe of a table bigger than the
 * CPU caches then costs one memory read, not two.
 */
class HashIndex {
  private pairs = new Int32Array(2 << 12);
  private size = 0;

  /**
   * The first slot from `slot` on (wrapping) that holds `h`, or -1 once an empty slot ends the probe. A
   * lookup walks `for (let s = find(h, h); s !== -1; s = find(h, s + 1))`: no callback per lookup.
   */
  find(h: number, slot: number): number {
    const pairs = this.pairs;
    const mask = (pairs.length >> 1) - 1;
    for (let i = slot & mask; ; i = (i + 1) & mask) {
      const s = pairs[2 * i];
      if (s === 0) return -1;
      if (s === h) return i;
    }
  }

  ordinalAt(slot: number): number {
    return this.pairs[2 * slot + 1] ?? -1;
  }

  add(h: number, ordinal: number): void {
    if (this.size * 4 >= this.pairs.length) this.grow();
    put(this.pairs, h, ordinal);
    this.size++;
  }

  private grow(): void {
    const old = this.pairs;
    const pairs = new Int32Array(old.length * 2);
    for (let i = 0; i < old.length; i += 2) {
      const h = old[i] ?? 0;
      if (h !== 0) put(pairs, h, old[i + 1] ?? 0);
    }
    this.pairs = pairs;
  }
}

function put(pairs: Int32Array, h: number, ordinal: number): void {
  const mask = (pairs.length >> 1) - 1;
  let i = h & mask;
  while (pairs[2 * i] !== 0) i = (i + 1) & mask;
  pairs[2 * i] = h;
  pairs[2 * i + 1] = ordinal;
}

/** Bytes per page of the log; a longer record gets a page of its own. */
const PAGE = 1 << 20;

/** Strings by ordinal, stored as UTF-8 in pages (a record never spans two; see writeUtf8). */
class ByteLog {
  private readonly pages: Uint8Array[] = [];
  private page = new Uint8Array(0);
  private used = 0;
  /** Per ordinal: page number, offset in it, length in bytes. */
  private places = new Int32Array(3 * 1024);
  private count = 0;
  private readonly decoder = new TextDecoder();
  /** Scratch room for a value being compared (grown when a value needs more). */
  private scratch = new Uint8Array(256);

  /** Appends one record: the space's code, `value`, NUL, `where` (which may be empty). */
  add(code: number, value: string, where: string): void {
    // Up to 3 bytes a UTF-16 unit: room for that always holds the record.
    const most = 2 + 3 * (value.length + where.length);
    if (this.used + most > this.page.length) {
      this.page = new Uint8Array(Math.max(PAGE, most));
      this.pages.push(this.page);
      this.used = 0;
    }
    const start = this.used;
    this.page[start] = code;
    const nul = writeUtf8(value, this.page, start + 1);
    this.page[nul] = 0;
    this.used = writeUtf8(where, this.page, nul + 1);
    if (3 * (this.count + 1) > this.places.length) {
      const places = new Int32Array(this.places.length * 2);
      places.set(this.places);
      this.places = places;
    }
    const place = 3 * this.count++;
    this.places[place] = this.pages.length - 1;
    this.places[place + 1] = start;
    this.places[place + 2] = this.used - start;
  }

  get(ordinal: number): string {
    const [page, offset, length] = this.places.subarray(3 * ordinal, 3 * ordinal + 3);
    const bytes = this.pages[page ?? 0]?.subarray(offset, (offset ?? 0) + (length ?? 0));
    return bytes ? this.decoder.decode(bytes) : '';
  }

  /**
   * Whether record `ordinal` holds `code` and `value`, compared as bytes: decoding the record would turn
   * a lone surrogate into U+FFFD, so a value holding one never equalled itself and its repeats passed.
   */
  holds(ordinal: number, code: number, value: string): boolean {
    const place = 3 * ordinal;
    const page = this.pages[this.places[place] ?? 0];
    const start = this.places[place + 1] ?? 0;
    if (page === undefined || page[start] !== code) return false;
    // The value ends at the record's last NUL: `where` never holds one, the value may.
    let nul = start + (this.places[place + 2] ?? 0) - 1;
    while (nul > start && page[nul] !== 0) nul--;
    if (this.scratch.length < 3 * value.length) this.scratch = new Uint8Array(3 * value.length);
    const { scratch } = this;
    const n = writeUtf8(value, scratch, 0);
    if (n !== nul - start - 1) return false;
    for (let i = 0; i < n; i++) if (scratch[i] !== page[start + 1 + i]) return false;
    return true;
  }
}

/**
 * `text` as UTF-8 into `bytes` from `at`, as TextEncoder writes it, except that a lone surrogate is
 * written as its own three bytes (WTF-8) rather than as U+FFFD: two values that differ only in a lone
 * surrogate stay different, and a value is written the same way every time. Returns the end. `bytes`
 * must have room for 3 bytes per UTF-16 unit. A loop, not encodeInto: its cost per call (about 0.5 µs in
 * Node 20, plus a subarray) was more than the rest of remembering a short value.
 */
export function writeUtf8(text: string, bytes: Uint8Array, at: number): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      bytes[at++] = c;
      continue;
    }
    if (c < 0x800) {
      bytes[at++] = 0xc0 | (c >> 6);
      bytes[at++] = 0x80 | (c & 0x3f);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        const cp = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        bytes[at++] = 0xf0 | (cp >> 18);
        bytes[at++] = 0x80 | ((cp >> 12) & 0x3f);
        bytes[at++] = 0x80 | ((cp >> 6) & 0x3f);
        bytes[at++] = 0x80 | (cp & 0x3f);
        i++;
        continue;
      }
    }
    bytes[at++] = 0xe0 | (c >> 12);
    bytes[at++] = 0x80 | ((c >> 6) & 0x3f);
    bytes[at++] = 0x80 | (c & 0x3f);
  }
  return at;
}

const SPACE_SEED: Record<SeenSpace, number> = { signature: 0x811c9dc5, key: 0x01000193, id: 0x9e3779b9 };
/** One character per space in a record ('s', 'k', 'i'). */
const SPACE_CODE: Record<SeenSpace, number> = { signature: 0x73, key: 0x6b, id: 0x69 };

/** FNV-1a over UTF-16 code units, as a signed 32-bit number; 0 is kept for "empty slot". */
function hashOf(space: SeenSpace, value: string): number {
  let h = SPACE_SEED[space] | 0;
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193);
  return h === 0 ? 1 : h;
}

/**
 * A record is the space's code, the value, NUL, and where — left empty when it is the previous record's
 * (an entry's id, signature and key are remembered one after the other, all read at the same place).
 * `where` is never empty and never holds a NUL: the readers write it ("line 12", "termEntry #5 (line 40)").
 */
export function compactSeenIndex(): SeenIndex {
  const index = new HashIndex();
  const log = new ByteLog();
  let count = 0;
  let lastWhere: string | undefined;
  // The collector asks about a value and then remembers it: the hash of the last value asked is kept.
  let askedSpace: SeenSpace | undefined;
  let askedValue = '';
  let askedHash = 0;
  const hashFor = (space: SeenSpace, value: string): number => {
    if (space !== askedSpace || value !== askedValue) {
      askedSpace = space;
      askedValue = value;
      askedHash = hashOf(space, value);
    }
    return askedHash;
  };
  const whereOf = (ordinal: number, record: string): string => {
    for (let o = ordinal, r = record; ; r = log.get(--o)) {
      const end = r.lastIndexOf('\u0000');
      if (end < r.length - 1 || o === 0) return r.slice(end + 1);
    }
  };
  return {
    first(space, value) {
      const code = SPACE_CODE[space];
      const h = hashFor(space, value);
      for (let slot = index.find(h, h); slot !== -1; slot = index.find(h, slot + 1)) {
        const ordinal = index.ordinalAt(slot);
        if (log.holds(ordinal, code, value)) return whereOf(ordinal, log.get(ordinal));
      }
      return undefined;
    },
    remember(space, value, where) {
      index.add(hashFor(space, value), count++);
      log.add(SPACE_CODE[space], value, where === lastWhere ? '' : where);
      lastWhere = where;
    },
  };
}
