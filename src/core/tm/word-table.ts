/**
 * The memory's words (tm_words keys by number) looked up the ways concordance needs: a whole word, the
 * words starting with a prefix (the last word of a query may be unfinished), and the parts of a joined
 * word («سیاسی-نظامی» is one word to the memory but holds «نظامی»). A sorted array answers both exact
 * and prefix look-ups by binary search; words learnt after the build sit in a short unsorted tail.
 * Also each word's bare form (letters, marks and digits only), which concordance compares (phrase.ts).
 */
import { charClassAt, charLengthAt, isAlnumClass } from '../text/char-class';

/** The alphanumeric runs of a key, in order (astral characters kept whole). */
function runs(key: string): string[] {
  const out: string[] = [];
  let run = '';
  for (let i = 0; i < key.length;) {
    const len = charLengthAt(key, i);
    if (isAlnumClass(charClassAt(key, i))) run += key.slice(i, i + len);
    else if (run !== '') {
      out.push(run);
      run = '';
    }
    i += len;
  }
  if (run !== '') out.push(run);
  return out;
}

/** The key without its joiners (hyphen, apostrophe, ZWJ…): what a phrase is compared on. */
export function bareKey(key: string): string {
  return runs(key).join('');
}

/** The parts of a joined key, when it has more than one (otherwise none). */
function parts(key: string): string[] {
  const r = runs(key);
  return r.length > 1 ? r : [];
}

/** Tail words past this many are sorted into the table. */
const TAIL_MAX = 2048;

export class WordTable {
  /** Look-up strings (each key, and each part of a joined key), sorted, with the word each stands for. */
  private tokens: string[] = [];
  private ids = new Int32Array(0);
  private tail: { token: string; id: number }[] = [];
  private readonly bare: string[] = [];
  private readonly byKey = new Map<string, number>();

  /** `keys[id]` is the key of word `id` (a sparse array is fine). */
  constructor(keys: readonly (string | undefined)[]) {
    const all: { token: string; id: number }[] = [];
    keys.forEach((k, id) => {
      if (k === undefined) return;
      this.bare[id] = bareKey(k);
      this.byKey.set(k, id);
      all.push({ token: k, id });
      for (const p of parts(k)) all.push({ token: p, id });
    });
    this.sortIn(all);
  }

  /** A word learnt after the build (a new unit brought it). */
  add(id: number, key: string): void {
    if (this.bare[id] !== undefined) return;
    this.bare[id] = bareKey(key);
    this.byKey.set(key, id);
    this.tail.push({ token: key, id });
    for (const p of parts(key)) this.tail.push({ token: p, id });
    if (this.tail.length > TAIL_MAX) {
      const all = this.tokens.map((token, i) => ({ token, id: this.ids[i] as number }));
      this.sortIn(all.concat(this.tail));
      this.tail = [];
    }
  }

  /** Bare form of word `id` ('' when unknown). */
  bareOf(id: number): string {
    return this.bare[id] ?? '';
  }

  /** Words that are `token`, or hold it as one of their parts. */
  exact(token: string, out: Set<number>): void {
    for (let i = this.lowerBound(token); i < this.tokens.length && this.tokens[i] === token; i++)
      out.add(this.ids[i] as number);
    for (const t of this.tail) if (t.token === token) out.add(t.id);
  }

  /** Words starting with `prefix` (or with a part that does). */
  prefix(prefix: string, out: Set<number>): void {
    for (let i = this.lowerBound(prefix); i < this.tokens.length; i++) {
      if (!(this.tokens[i] as string).startsWith(prefix)) break;
      out.add(this.ids[i] as number);
    }
    for (const t of this.tail) if (t.token.startsWith(prefix)) out.add(t.id);
  }

  /** The word whose key is exactly `key`, if any. */
  idOf(key: string): number | undefined {
    return this.byKey.get(key);
  }

  has(token: string): boolean {
    const i = this.lowerBound(token);
    return this.tokens[i] === token || this.tail.some((t) => t.token === token);
  }

  hasPrefix(prefix: string): boolean {
    const t = this.tokens[this.lowerBound(prefix)];
    return (t !== undefined && t.startsWith(prefix)) || this.tail.some((x) => x.token.startsWith(prefix));
  }

  private sortIn(all: { token: string; id: number }[]): void {
    all.sort((a, b) => (a.token < b.token ? -1 : a.token > b.token ? 1 : a.id - b.id));
    this.tokens = all.map((t) => t.token);
    this.ids = Int32Array.from(all, (t) => t.id);
  }

  private lowerBound(s: string): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.tokens[mid] as string) < s) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
