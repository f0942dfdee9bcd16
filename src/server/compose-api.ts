import { userInfo } from 'node:os';
import { BARABAR_VERSION } from '../shared/version';
import { loadMigrations, openDatabase } from './db/open';
import { createRepos } from './db/repos';
import { seedOnce, type SeedSources } from './seed';
import { refreshMatchKeys } from './services/match-keys';
import { createHandlers, type ApiServices } from './methods';
import { lazyObject } from './lazy-object';
import { loaded, type ServerModules } from './server-modules';
import type { Db } from './db/open';
import { openCommentNotes } from '../core/editor/comment-notes';

export interface CreateApiOptions {
  dbPath: string;
  /** Loaded once into an empty database: the bundled reports and the shipped termbase. */
  seed?: SeedSources | undefined;
  user?: string | undefined;
  nativeBinding?: string | undefined;
  migrationsDir?: string | undefined;
  /** How long a write waits for another process's lock before failing with db_busy (default 5 s). */
  busyTimeoutMs?: number | undefined;
  now?: () => string;
}

function currentUser(): string {
  try {
    return userInfo().username || 'translator';
  } catch {
    return 'translator';
  }
}

/**
 * The composition root: one database connection, the repositories and services over it, and the handlers
 * every door serves (src/server/methods/). Nothing here answers a call itself. The code of services and
 * handlers comes from `modules` (see server-modules.ts): createApi passes every module, the CLI those its
 * command needs.
 */
export function composeApi(opts: CreateApiOptions, modules: ServerModules) {
  const { db, schemaVersion } = openDatabase(opts.dbPath, {
    migrations: loadMigrations(opts.migrationsDir),
    nativeBinding: opts.nativeBinding,
    busyTimeoutMs: opts.busyTimeoutMs,
  });
  const now = opts.now ?? (() => new Date().toISOString());
  const user = opts.user ?? currentUser();
  const repos = createRepos(db);
  refreshMatchKeys(db, repos);
  const notesOf = (id: number) => openCommentNotes(repos.comments.byDocument(id));
  // Each service is built on its first use, so a command that calls one method (`barabar list`) pays for
  // the services that method needs and no others. Dependencies are read through `services` too.
  const m = modules.services;
  const services: ApiServices & { db: Db } = lazyObject<ApiServices & { db: Db }>({
    db: () => db,
    info: () => ({ version: BARABAR_VERSION, dbPath: opts.dbPath, schemaVersion }),
    documents: () => loaded(m.documents, 'documents').createDocumentsService(db, repos.documents, now),
    glossary: () => loaded(m.glossary, 'glossary').createGlossaryService(db, repos.glossary, now, user),
    qa: () =>
      loaded(m.qa, 'qa').createQaService(
        db,
        services.documents,
        services.glossary,
        repos.qaIgnored,
        repos.qaProfile,
        now,
      ),
    exchange: () =>
      loaded(m.exchange, 'exchange').createExchangeService(
        db,
        services.documents,
        services.glossary,
        now,
        BARABAR_VERSION,
        notesOf,
      ),
    settings: () => loaded(m.settings, 'settings').createSettingsService(db, repos.settings),
    tm: () =>
      loaded(m.tm, 'tm').createTmService(db, {
        documents: services.documents,
        glossary: services.glossary,
        now,
        user,
      }),
    tmWorkflow: () =>
      loaded(m.tmWorkflow, 'tmWorkflow').createTmWorkflow(db, {
        documents: services.documents,
        tm: services.tm,
        now,
      }),
    article: () => loaded(m.article, 'article').createArticleService(services.documents, BARABAR_VERSION),
    review: () =>
      loaded(m.review, 'review').createReviewService(db, services.documents, BARABAR_VERSION, {
        comments: repos.comments,
        now,
        notesOf,
      }),
    find: () => loaded(m.find, 'find').createFindService(db, repos.documents, repos.replaceBatches, now),
    segmentReview: () =>
      loaded(m.segmentReview, 'segmentReview').createSegmentReviewService(
        db,
        repos.documents,
        repos.comments,
        repos.userDictionary,
        now,
        user,
      ),
  });

  if (opts.seed) {
    const { documents, glossary } = services;
    seedOnce(db, { documents, glossary, settings: repos.settings }, opts.seed);
  }

  // createHandlers builds a domain's handlers on the first call of one of its methods.
  const handlers = createHandlers(services, modules.handlers);

  return {
    handlers,
    services,
    schemaVersion,
    dbPath: opts.dbPath,
    close(): void {
      if (db.open) db.close();
    },
  };
}

export type BarabarApi = ReturnType<typeof composeApi>;
