/**
 * The last step of every reader: checks a finished entry against the API contract, catches duplicates
 * across the whole file, and files it as parsed or rejected. Keeping this in one place means TSV, CSV and
 * both TBX dialects reject the same things with the same words.
 */
import type { EntryInput, ImportRowReport, Term } from '../../../shared/model';
import { KEY_PATTERN, LANG_NAME } from './values';

export interface ParsedEntry {
  /** Where the entry was read: "line 12", "lines 12, 13" or "termEntry #5 (line 40)". */
  where: string;
  /** The file's own id for the entry (TBX id attribute, TSV/CSV entry column), when it has one. */
  externalId?: string;
  entry: EntryInput;
}

/** What the duplicate checks remember: term signatures, entry keys and the file's own ids. */
export type SeenSpace = 'signature' | 'key' | 'id';

/**
 * Where each signature, key and id was first read. In memory by default; a large import passes one backed
 * by its staging database, so a 1M-line file does not hold a million signatures in the heap (issue 13.17).
 */
export interface SeenIndex {
  /** Where `value` was first remembered, or undefined. */
  first(space: SeenSpace, value: string): string | undefined;
  remember(space: SeenSpace, value: string, where: string): void;
}

export function memorySeenIndex(): SeenIndex {
  const maps = { signature: new Map<string, string>(), key: new Map<string, string>(), id: new Map<string, string>() };
  return {
    first: (space, value) => maps[space].get(value),
    remember: (space, value, where) => void maps[space].set(value, where),
  };
}

export class EntryCollector {
  /** Entries read so far. A streaming caller takes them out as it goes (`entries.splice(0)`). */
  readonly entries: ParsedEntry[] = [];
  readonly rejected: ImportRowReport[] = [];

  constructor(private readonly seen: SeenIndex = memorySeenIndex()) {}

  reject(where: string, reason: string): void {
    this.rejected.push({ where, reason });
  }

  /**
   * `uniqueId`: the format promises one element per id (TBX), so a repeated externalId is a duplicate
   * entry rather than a continuation (TSV/CSV group rows by id before calling this).
   */
  add(where: string, entry: EntryInput, externalId?: string, uniqueId = false): boolean {
    // Statuses, types and subjects are already model values: every reader parses them with values.ts.
    const problem = checkEntry(entry);
    if (problem !== undefined) return this.fail(where, problem);

    if (uniqueId && externalId !== undefined) {
      const first = this.seen.first('id', externalId);
      if (first !== undefined) return this.fail(where, `duplicate id "${externalId}" (first used at ${first})`);
      this.seen.remember('id', externalId, where);
    }
    if (entry.key !== undefined) {
      const first = this.seen.first('key', entry.key);
      if (first !== undefined) return this.fail(where, `duplicate key "${entry.key}" (first used at ${first})`);
    }
    const signature = termSignature(entry.terms);
    const same = this.seen.first('signature', signature);
    if (same !== undefined) return this.fail(where, `duplicate of ${same} (same Persian and English terms)`);

    this.seen.remember('signature', signature, where);
    if (entry.key !== undefined) this.seen.remember('key', entry.key, where);
    this.entries.push(externalId === undefined ? { where, entry } : { where, externalId, entry });
    return true;
  }

  private fail(where: string, reason: string): false {
    this.rejected.push({ where, reason });
    return false;
  }
}

/**
 * The rules of entryInputSchema (shared/api.ts), checked by hand: zod costs ~8 µs an entry, most of a
 * 100,000-entry TSV import. entry-collector.test.ts runs both on the same edge cases so they cannot drift.
 */
const LIMITS = { term: 500, short: 2_000, pos: 40, maxTerms: 50 } as const;

export function checkEntry(entry: EntryInput): string | undefined {
  let fa = false;
  let en = false;
  for (const t of entry.terms) {
    if (t.lang === 'fa') fa = true;
    else if (t.lang === 'en') en = true;
  }
  if (!fa) return 'no Persian term';
  if (!en) return 'no English term';
  if (entry.terms.length > LIMITS.maxTerms) return `${entry.terms.length} terms; at most ${LIMITS.maxTerms} are allowed`;
  if (entry.key !== undefined && !KEY_PATTERN.test(entry.key)) {
    return `key "${entry.key}" must be 1-100 lower-case letters, digits or / _ . - and start with a letter or digit`;
  }
  const long = tooLong('definition', entry.definition) ?? tooLong('note', entry.note) ?? tooLong('source', entry.source);
  if (long !== undefined) return long;
  for (const t of entry.terms) {
    const problem = termProblem(t);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

// Each field read by name: `entry[field]` over a list of names is a property read by a varying key, one
// of V8's slowest.
function tooLong(field: string, v: string | undefined): string | undefined {
  return v !== undefined && v.length > LIMITS.short ? `${field} is ${v.length} characters; at most ${LIMITS.short}` : undefined;
}

/** What is wrong with one term, or undefined. The label is built only for a message. */
function termProblem(t: Term): string | undefined {
  const text = t.text.trim();
  if (text === '') return `empty ${LANG_NAME[t.lang]} term`;
  if (text.length > LIMITS.term) return `${label(t)} is ${text.length} characters; at most ${LIMITS.term}`;
  if (t.partOfSpeech !== undefined && t.partOfSpeech.length > LIMITS.pos) {
    return `${label(t)}: part of speech "${t.partOfSpeech.slice(0, 60)}" is longer than ${LIMITS.pos} characters`;
  }
  if (t.note !== undefined && t.note.length > LIMITS.short) {
    return `${label(t)}: note is ${t.note.length} characters; at most ${LIMITS.short}`;
  }
  return undefined;
}

function label(t: Term): string {
  return `${LANG_NAME[t.lang]} term "${t.text.slice(0, 40)}"`;
}

/** Same terms in any order = same entry. English compares case-insensitively ("Chief of Staff"). */
function termSignature(terms: readonly Term[]): string {
  // The usual entry, one Persian and one English term: no arrays to fill, sort and join.
  if (terms.length === 2) {
    const a = terms[0] as Term;
    const b = terms[1] as Term;
    if (a.lang === 'fa' && b.lang === 'en') return `${a.text}\u0002${b.text.toLowerCase()}`;
  }
  const fa: string[] = [];
  const en: string[] = [];
  for (const t of terms) {
    if (t.lang === 'fa') fa.push(t.text);
    else en.push(t.text.toLowerCase());
  }
  // Most entries have one term per language; sorting only when there is something to order is measurably
  // cheaper over 100,000 entries.
  if (fa.length > 1) fa.sort();
  if (en.length > 1) en.sort();
  return `${fa.join('\u0001')}\u0002${en.join('\u0001')}`;
}
