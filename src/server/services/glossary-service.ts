import { buildMatcher, matcherTermsFromEntries, type Matcher } from '../../core/glossary';
import { englishKey, termKeyOf as keyOf } from '../../core/glossary/term-keys';
import { parseTermbaseFile } from '../../core/glossary/termbase-file';
import { writeGlossary } from '../../core/formats/glossary/write';
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
import { createGlossaryStagingRepo } from '../db/repos/glossary-staging-repo';
import { writeTx } from '../db/write';
import { quietCall, type JobCall } from '../jobs/job-call';
import type { GlossaryImporter, GlossaryImportOptions, GlossarySource } from './glossary-import';
import { sameContent, stripIds } from './glossary-import-plan';

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
  // The importer (file readers, the XML reader, staging) is loaded on the first import: a command such
  // as `barabar glossary search` then starts without that code (issue 14.3).
  let importer: Promise<GlossaryImporter> | undefined;
  const loadImporter = (): Promise<GlossaryImporter> =>
    (importer ??= import('./glossary-import').then(({ createGlossaryImporter }) =>
      createGlossaryImporter({ db, repo, staging: createGlossaryStagingRepo(db), keyOf, now, user }),
    ));

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
     * All-or-nothing import, run as a long job (see glossary-import.ts). A Persian term the glossary already
     * renders with another preferred English is a conflict, settled by `onConflict`; `dryRun` plans and
     * reports without writing.
     */
    importText(
      text: string,
      file: string,
      format?: GlossaryFormat,
      call: JobCall = quietCall(),
      options: GlossaryImportOptions = {},
    ): Promise<GlossaryImportReport> {
      return loadImporter().then((i) => i.importSource(() => text, file, format, call, options));
    },

    /** importText for a file read while it is parsed (see GlossarySource): the CLI's import from disk. */
    importSource(
      source: GlossarySource,
      file: string,
      format?: GlossaryFormat,
      call: JobCall = quietCall(),
      options: GlossaryImportOptions = {},
    ): Promise<GlossaryImportReport> {
      return loadImporter().then((i) => i.importSource(source, file, format, call, options));
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
