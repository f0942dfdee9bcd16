import { userInfo } from 'node:os';
import { BARABAR_VERSION } from '../shared/version';
import { loadMigrations, openDatabase } from './db/open';
import { createRepos } from './db/repos';
import { seedOnce, type SeedSources } from './seed';
import { createArticleService } from './services/article-service';
import { createDocumentsService } from './services/documents-service';
import { createReviewService } from './services/review-service';
import { createExchangeService } from './services/exchange-service';
import { createGlossaryService } from './services/glossary-service';
import { refreshMatchKeys } from './services/match-keys';
import { createQaService } from './services/qa-service';
import { createSettingsService } from './services/settings-service';
import { createTmService } from './services/tm-service';
import { createTmWorkflow } from './services/tm-workflow';
import { createFindService } from './services/find-service';
import { createSegmentReviewService } from './services/segment-review-service';
import { createHandlers } from './methods';
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
 * every door serves (src/server/methods/). Nothing here answers a call itself.
 */
export function createApi(opts: CreateApiOptions) {
  const { db, schemaVersion } = openDatabase(opts.dbPath, {
    migrations: loadMigrations(opts.migrationsDir),
    nativeBinding: opts.nativeBinding,
    busyTimeoutMs: opts.busyTimeoutMs,
  });
  const now = opts.now ?? (() => new Date().toISOString());
  const user = opts.user ?? currentUser();
  const repos = createRepos(db);
  const documents = createDocumentsService(db, repos.documents, now);
  refreshMatchKeys(db, repos);
  const glossary = createGlossaryService(db, repos.glossary, now, user);
  const qa = createQaService(db, documents, glossary, repos.qaIgnored, repos.qaProfile, now);
  const exchange = createExchangeService(db, documents, glossary, now, BARABAR_VERSION, (id) =>
    openCommentNotes(repos.comments.byDocument(id)),
  );
  const settings = createSettingsService(db, repos.settings);
  const tm = createTmService(db, { documents, glossary, now, user });
  const tmWorkflow = createTmWorkflow(db, { documents, tm, now });
  const article = createArticleService(documents, BARABAR_VERSION);
  const review = createReviewService(db, documents, BARABAR_VERSION, {
    comments: repos.comments,
    now,
    notesOf: (id) => openCommentNotes(repos.comments.byDocument(id)),
  });
  const find = createFindService(db, repos.documents, repos.replaceBatches, now);
  const segmentReview = createSegmentReviewService(
    db,
    repos.documents,
    repos.comments,
    repos.userDictionary,
    now,
    user,
  );
  const services = {
    db,
    documents,
    glossary,
    qa,
    exchange,
    settings,
    article,
    review,
    tm,
    tmWorkflow,
    find,
    segmentReview,
  };

  if (opts.seed) seedOnce(db, { documents, glossary, settings: repos.settings }, opts.seed);

  const handlers = createHandlers({
    documents,
    glossary,
    qa,
    exchange,
    settings,
    tm,
    tmWorkflow,
    article,
    find,
    segmentReview,
    review,
    info: { version: BARABAR_VERSION, dbPath: opts.dbPath, schemaVersion },
  });

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

export type BarabarApi = ReturnType<typeof createApi>;
