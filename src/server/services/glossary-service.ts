import { buildMatcher, matcherTermsFromEntries, type Matcher } from '../../core/glossary';
import { englishKey, termKeyOf as keyOf } from '../../core/glossary/term-keys';
import { parseTermbaseFile } from '../../core/glossary/termbase-file';
import { parseGlossary, writeGlossary } from '../../core/formats/glossary';
import { termKey } from '../../core/text/normalize';
import { AppError } from '../../shared/errors';
import type {
  Entry,
  EntryInput,
  GlossaryFormat,
  GlossaryImportReport,
  ImportRowReport,
  Subject,
  TermHit,
} from '../../shared/model';
import type { Db } from '../db/open';
import type { GlossaryRepo } from '../db/repos/glossary-repo';
import { writeTx } from '../db/write';

/** Compares the content of two entries (ignoring ids and timestamps) to tell "updated" from "unchanged". */
function sameContent(a: EntryInput, b: EntryInput): boolean {
  const norm = (e: EntryInput) =>
    JSON.stringify([
      e.subject,
      e.definition ?? '',
      e.note ?? '',
      e.source ?? '',
      e.terms.map((t) => [t.lang, t.text, t.status, t.partOfSpeech ?? '', t.termType ?? '', t.note ?? '']),
    ]);
  return norm(a) === norm(b);
}

function stripIds(e: EntryInput): EntryInput {
  return { ...e, terms: e.terms.map(({ id: _id, ...t }) => t) };
}

export interface SyncReport {
  file: string;
  added: number;
  updated: number;
  unchanged: number;
  /** Keyed entries in the database that the file does not have. */
  notInFile: number;
}

export function createGlossaryService(db: Db, repo: GlossaryRepo, now: () => string, user: string) {
  let cached: { version: number; matcher: Matcher } | undefined;

  const clashError = (input: EntryInput, exceptId?: number): void => {
    const clashes = repo.clashes(input, exceptId);
    if (clashes.length > 0) {
      const fa = input.terms.find((t) => t.lang === 'fa')?.text ?? '';
      const en = input.terms.find((t) => t.lang === 'en' && t.status === 'preferred')?.text ?? '';
      // Each term in its own bidi isolate: a Persian term first otherwise turns the whole value
      // right-to-left wherever it is shown, and the arrow reads backwards (issue 12.7).
      const value = `\u2068${fa}\u2069 → \u2068${en}\u2069 (entry ${clashes[0]})`;
      throw new AppError('conflict', { field: 'terms', value });
    }
  };

  const requireEntry = (id: number): Entry => {
    const e = repo.get(id);
    if (!e) throw new AppError('not_found', { what: 'entry', id });
    return e;
  };

  const service = {
    version: (): number => repo.version(),
    count: (): number => repo.count(),
    all: (): Entry[] => repo.all(),
    get: requireEntry,
    history: (id: number) => repo.history(id),

    /** The matcher for the current glossary version, built once per version. */
    matcher(): Matcher {
      const version = repo.version();
      if (!cached || cached.version !== version) {
        cached = { version, matcher: buildMatcher(matcherTermsFromEntries(repo.all())) };
      }
      return cached.matcher;
    },

    match(text: string): TermHit[] {
      return service.matcher().match(text);
    },

    add(input: EntryInput): Entry {
      return writeTx(db, () => {
        if (input.key && repo.idByKey(input.key) !== undefined) {
          throw new AppError('conflict', { field: 'key', value: input.key });
        }
        clashError(input);
        return requireEntry(repo.insert(stripIds(input), now(), user));
      });
    },

    update(id: number, input: EntryInput): Entry {
      return writeTx(db, () => {
        requireEntry(id);
        const keyOwner = input.key ? repo.idByKey(input.key) : undefined;
        if (keyOwner !== undefined && keyOwner !== id)
          throw new AppError('conflict', { field: 'key', value: input.key ?? '' });
        clashError(input, id);
        repo.update(id, stripIds(input), now(), user);
        return requireEntry(id);
      });
    },

    remove(id: number): boolean {
      return writeTx(db, () => repo.remove(id, now(), user));
    },

    /** Normalisation-aware search over Persian and English terms, notes and definitions. */
    list(opts: {
      query?: string | undefined;
      subject?: Subject | undefined;
      limit?: number | undefined;
      offset?: number | undefined;
    }) {
      // Matches against the keys stored with each term, so a search never refolds the whole glossary.
      const q = opts.query?.trim() ?? '';
      const ids = repo.search({
        fa: q ? termKey(q) : '',
        en: q ? englishKey(q) : '',
        text: q.toLowerCase(),
        subject: opts.subject ?? null,
      });
      const offset = opts.offset ?? 0;
      const limit = opts.limit ?? 200;
      const page = ids.slice(offset, offset + limit).map(requireEntry);
      return { total: ids.length, entries: page };
    },

    /**
     * All-or-nothing import. Rows are matched to existing entries by key, else by identity (Persian term +
     * preferred English); a Persian term that the glossary already renders with another preferred English is a
     * conflict. Any rejection or conflict means nothing is written, and the report says why, row by row.
     */
    importText(text: string, file: string, format?: GlossaryFormat): GlossaryImportReport {
      const parsed = parseGlossary(text, file, format);
      const report: GlossaryImportReport = {
        file,
        format: parsed.format,
        added: 0,
        updated: 0,
        unchanged: 0,
        conflicts: [],
        rejected: [...parsed.rejected],
        applied: false,
      };
      // Planned and written under one write lock (BEGIN IMMEDIATE): a second import of the same file that
      // runs at the same time waits, then plans against the first one's entries and finds them unchanged,
      // instead of adding them again or tripping over the unique key.
      return writeTx(db, () => {
        const byFaKey = new Map<string, Entry[]>();
        const existing = repo.all();
        for (const e of existing) {
          for (const t of e.terms) {
            if (t.lang !== 'fa') continue;
            const k = keyOf(t);
            const list = byFaKey.get(k) ?? [];
            list.push(e);
            byFaKey.set(k, list);
          }
        }
        const plan: { kind: 'add' | 'update'; id?: number; entry: EntryInput }[] = [];
        for (const row of parsed.entries) {
          const entry = stripIds(row.entry);
          const keyed = entry.key ? repo.idByKey(entry.key) : undefined;
          const preferred = new Set(
            entry.terms.filter((t) => t.lang === 'en' && t.status === 'preferred').map(keyOf),
          );
          let target: Entry | undefined = keyed !== undefined ? repo.get(keyed) : undefined;
          if (!target) {
            const candidates = entry.terms
              .filter((t) => t.lang === 'fa')
              .flatMap((t) => byFaKey.get(keyOf(t)) ?? []);
            target = candidates.find((c) =>
              c.terms.some((t) => t.lang === 'en' && t.status === 'preferred' && preferred.has(keyOf(t))),
            );
            const other = candidates.find((c) => c !== target);
            if (!target && other) {
              const otherEn =
                other.terms.find((t) => t.lang === 'en' && t.status === 'preferred')?.text ?? '';
              report.conflicts.push({
                where: row.where,
                reason: `«${entry.terms.find((t) => t.lang === 'fa')?.text}» is already entry ${other.id} with preferred English "${otherEn}"`,
              });
              continue;
            }
          }
          if (!target) {
            plan.push({ kind: 'add', entry });
            report.added++;
          } else if (sameContent(stripIds(target), entry)) {
            report.unchanged++;
          } else {
            plan.push({ kind: 'update', id: target.id, entry: { ...entry, key: entry.key ?? target.key } });
            report.updated++;
          }
        }
        if (report.rejected.length > 0 || report.conflicts.length > 0) {
          report.added = report.updated = report.unchanged = 0;
          return report;
        }
        // Identity clashes with existing entries were settled while planning (they matched an entry or
        // conflicted); duplicates inside the file were rejected by the parser.
        const at = now();
        for (const step of plan) {
          if (step.kind === 'add') repo.insert(step.entry, at, user, false);
          else repo.update(step.id!, step.entry, at, user, 'import', false);
        }
        if (plan.length > 0) repo.bumpVersion();
        report.applied = true;
        return report;
      });
    },

    *exportChunks(format: GlossaryFormat): Generator<string> {
      yield* writeGlossary(repo.all(), format, { createdAt: new Date(), tool: 'Barabar' });
    },

    /**
     * Applies the team's canonical termbase file: entries are matched by key and added or updated.
     */
    syncFromTermbase(text: string, file: string): SyncReport {
      const parsed = parseTermbaseFile(text, file);
      const report: SyncReport = { file, added: 0, updated: 0, unchanged: 0, notInFile: 0 };
      writeTx(db, () => {
        const at = now();
        const keys = new Set<string>();
        for (const { key, entry } of parsed) {
          keys.add(key);
          const id = repo.idByKey(key);
          const existing = id !== undefined ? repo.get(id) : undefined;
          if (!existing) {
            repo.insert({ ...entry, key }, at, user, false);
            report.added++;
          } else if (!sameContent(stripIds(existing), entry)) {
            repo.update(existing.id, { ...entry, key }, at, user, 'import', false);
            report.updated++;
          } else {
            report.unchanged++;
          }
        }
        if (report.added + report.updated > 0) repo.bumpVersion();
        // Keyed entries missing from the file are reported, never deleted: they may come from an import.
        report.notInFile = repo.all().filter((e) => e.key && !keys.has(e.key)).length;
      });
      return report;
    },
  };
  return service;
}

export type GlossaryService = ReturnType<typeof createGlossaryService>;
export type { ImportRowReport };
