/**
 * The last step of every reader: checks a finished entry against the API contract, catches duplicates
 * across the whole file, and files it as parsed or rejected. Keeping this in one place means TSV, CSV and
 * both TBX dialects reject the same things with the same words.
 */
import { entryInputSchema } from '../../../shared/api';
import type { EntryInput, ImportRowReport, Term } from '../../../shared/model';
import { LANG_NAME } from './values';

export interface ParsedEntry {
  /** Where the entry was read: "line 12", "lines 12, 13" or "termEntry #5 (line 40)". */
  where: string;
  /** The file's own id for the entry (TBX id attribute, TSV/CSV entry column), when it has one. */
  externalId?: string;
  entry: EntryInput;
}

export class EntryCollector {
  readonly entries: ParsedEntry[] = [];
  readonly rejected: ImportRowReport[] = [];
  private readonly bySignature = new Map<string, string>();
  private readonly byKey = new Map<string, string>();
  private readonly byExternalId = new Map<string, string>();

  reject(where: string, reason: string): void {
    this.rejected.push({ where, reason });
  }

  /**
   * `uniqueId`: the format promises one element per id (TBX), so a repeated externalId is a duplicate
   * entry rather than a continuation (TSV/CSV group rows by id before calling this).
   */
  add(where: string, entry: EntryInput, externalId?: string, uniqueId = false): boolean {
    const problem = checkEntry(entry);
    if (problem !== undefined) return this.fail(where, problem);

    if (uniqueId && externalId !== undefined) {
      const first = this.byExternalId.get(externalId);
      if (first !== undefined) return this.fail(where, `duplicate id "${externalId}" (first used at ${first})`);
      this.byExternalId.set(externalId, where);
    }
    if (entry.key !== undefined) {
      const first = this.byKey.get(entry.key);
      if (first !== undefined) return this.fail(where, `duplicate key "${entry.key}" (first used at ${first})`);
    }
    const signature = termSignature(entry.terms);
    const same = this.bySignature.get(signature);
    if (same !== undefined) return this.fail(where, `duplicate of ${same} (same Persian and English terms)`);

    this.bySignature.set(signature, where);
    if (entry.key !== undefined) this.byKey.set(entry.key, where);
    this.entries.push(externalId === undefined ? { where, entry } : { where, externalId, entry });
    return true;
  }

  private fail(where: string, reason: string): false {
    this.rejected.push({ where, reason });
    return false;
  }
}

function checkEntry(entry: EntryInput): string | undefined {
  // The two commonest mistakes get their own words; the schema below catches everything else (lengths,
  // key syntax, term count) exactly as the API would, so a parsed entry never fails at the door later.
  for (const lang of ['fa', 'en'] as const) {
    if (!entry.terms.some((t) => t.lang === lang)) return `no ${LANG_NAME[lang]} term`;
  }
  const result = entryInputSchema.safeParse(entry);
  if (result.success) return undefined;
  return result.error.issues.map((i) => `${describePath(entry, i.path)}: ${i.message}`).join('; ');
}

/** "terms.2.text" → `English term "Foo" text`: the user knows terms, not array indices. */
function describePath(entry: EntryInput, path: readonly PropertyKey[]): string {
  if (path[0] === 'terms' && typeof path[1] === 'number') {
    const term = entry.terms[path[1]];
    if (term !== undefined) {
      const label = `${LANG_NAME[term.lang]} term "${term.text.slice(0, 40)}"`;
      return path.length > 2 ? `${label} ${String(path[2])}` : label;
    }
  }
  return path.map(String).join('.') || 'entry';
}

/** Same terms in any order = same entry. English compares case-insensitively ("Chief of Staff"). */
function termSignature(terms: readonly Term[]): string {
  return terms
    .map((t) => `${t.lang}\u0001${t.lang === 'en' ? t.text.toLowerCase() : t.text}`)
    .sort()
    .join('\u0002');
}
