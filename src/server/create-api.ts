import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { userInfo } from 'node:os';
import { BARABAR_VERSION } from '../shared/version';
import { loadMigrations, openDatabase, type Db } from './db/open';
import { createDocumentsRepo } from './db/repos/documents-repo';
import { createArticleService } from './services/article-service';
import { createDocumentsService } from './services/documents-service';
import { createReviewService } from './services/review-service';
import { createExchangeService } from './services/exchange-service';
import { createGlossaryService, keyOf } from './services/glossary-service';
import { refreshMatchKeys } from './db/match-keys';
import { foldForSearch } from '../core/text/normalize';
import { createQaService } from './services/qa-service';
import { createSettingsService } from './services/settings-service';
import { createHandlers } from './methods';

export interface CreateApiOptions {
  dbPath: string;
  /** Loaded once into an empty database: the bundled reports and the shipped termbase. */
  seed?: { corpusDir?: string | undefined; glossaryFile?: string | undefined } | undefined;
  user?: string | undefined;
  nativeBinding?: string | undefined;
  migrationsDir?: string | undefined;
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
 * The composition root: one database connection, the services over it, and the handlers every door
 * serves (src/server/methods/). Nothing here answers a call itself.
 */
export function createApi(opts: CreateApiOptions) {
  const { db, schemaVersion } = openDatabase(opts.dbPath, {
    migrations: loadMigrations(opts.migrationsDir),
    nativeBinding: opts.nativeBinding,
  });
  const now = opts.now ?? (() => new Date().toISOString());
  const user = opts.user ?? currentUser();
  const documents = createDocumentsService(db, createDocumentsRepo(db), now);
  refreshMatchKeys(db, keyOf, foldForSearch);
  const glossary = createGlossaryService(db, now, user);
  const qa = createQaService(db, documents, glossary, now);
  const exchange = createExchangeService(db, documents, glossary, now, BARABAR_VERSION);
  const settings = createSettingsService(db);
  const article = createArticleService(documents, BARABAR_VERSION);
  const review = createReviewService(db, documents, BARABAR_VERSION);
  const services = { db, documents, glossary, qa, exchange, settings, article, review };

  if (opts.seed) seedOnce(db, services, opts.seed);

  const handlers = createHandlers({
    documents,
    glossary,
    qa,
    exchange,
    settings,
    article,
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

function seedOnce(
  db: Db,
  services: {
    documents: ReturnType<typeof createDocumentsService>;
    glossary: ReturnType<typeof createGlossaryService>;
  },
  seed: NonNullable<CreateApiOptions['seed']>,
): void {
  const done = (key: string) => db.prepare('SELECT 1 FROM settings WHERE key = ?').get(key) !== undefined;
  const mark = (key: string) =>
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(key, new Date().toISOString());
  // Each part once per database: a user who deletes a sample report or an entry does not get it back.
  db.transaction(() => {
    const { corpusDir, glossaryFile } = seed;
    if (corpusDir && !done('seeded_corpus')) {
      const files = readdirSync(corpusDir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => ({
          name: f,
          file: join(corpusDir, f),
          bytes: new Uint8Array(readFileSync(join(corpusDir, f))),
        }));
      services.documents.importFiles(files);
      mark('seeded_corpus');
    }
    if (glossaryFile && !done('seeded_glossary')) {
      services.glossary.syncFromTermbase(readFileSync(glossaryFile, 'utf8'), glossaryFile);
      mark('seeded_glossary');
    }
  })();
}
