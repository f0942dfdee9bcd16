import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { userInfo } from 'node:os';
import type { ApiHandlers } from '../shared/api';
import { BARABAR_VERSION } from '../shared/version';
import { loadMigrations, openDatabase, type Db } from './db/open';
import { createDocumentsRepo } from './db/repos/documents-repo';
import { decodeFile } from './services/decode-file';
import { createArticleService } from './services/article-service';
import { createDocumentsService } from './services/documents-service';
import { createReviewService } from './services/review-service';
import { importSourceFiles } from './services/source-import';
import { createExchangeService, defaultStatusFilter, EXPORT_META } from './services/exchange-service';
import { createGlossaryService, keyOf } from './services/glossary-service';
import { refreshMatchKeys } from './db/match-keys';
import { foldForSearch } from '../core/text/normalize';
import { createQaService } from './services/qa-service';
import { createSettingsService } from './services/settings-service';

export interface CreateApiOptions {
  dbPath: string;
  /** Loaded once into an empty database: the bundled reports and the shipped termbase. */
  seed?: { corpusDir?: string | undefined; glossaryFile?: string | undefined } | undefined;
  user?: string | undefined;
  nativeBinding?: string | undefined;
  migrationsDir?: string | undefined;
  now?: () => string;
}

const GLOSSARY_EXPORT: Record<string, { ext: string; mime: string }> = {
  tsv: { ext: 'tsv', mime: 'text/tab-separated-values' },
  csv: { ext: 'csv', mime: 'text/csv' },
  tbx: { ext: 'tbx', mime: 'application/x-tbx+xml' },
  'tbx-basic': { ext: 'tbx', mime: 'application/x-tbx+xml' },
};

const decodeBase64 = (b64: string): Uint8Array => new Uint8Array(Buffer.from(b64, 'base64'));

function currentUser(): string {
  try {
    return userInfo().username || 'translator';
  } catch {
    return 'translator';
  }
}

/** The composition root: one database connection, the services over it, and the API handlers every door serves. */
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

  const handlers: ApiHandlers = {
    'app.info': () => ({ version: BARABAR_VERSION, dbPath: opts.dbPath, schemaVersion }),
    'settings.get': () => settings.get(),
    'settings.set': (i) => settings.set(i),
    'documents.list': () => documents.list(),
    'documents.get': (i) => documents.get(i.id),
    'documents.import': async (i) => {
      const [r] = await importSourceFiles(documents, [
        { name: basename(i.fileName), file: i.fileName, bytes: decodeBase64(i.contentBase64) },
      ]);
      return { document: r!.document, status: r!.status };
    },
    'documents.remove': (i) => ({ removed: documents.remove(i.id) }),
    'segments.saveTarget': (i) => documents.saveTarget(i),
    'segments.saveSource': (i) => documents.saveSource(i),
    'glossary.snapshot': () => ({ version: glossary.version(), entries: glossary.all() }),
    'glossary.list': (i) => glossary.list(i),
    'glossary.get': (i) => glossary.get(i.id),
    'glossary.add': (i) => glossary.add(i.entry),
    'glossary.update': (i) => glossary.update(i.id, i.entry),
    'glossary.remove': (i) => ({ removed: glossary.remove(i.id) }),
    'glossary.history': (i) => glossary.history(i.id),
    'glossary.import': (i) =>
      glossary.importText(
        decodeFile(decodeBase64(i.contentBase64), i.fileName),
        i.fileName,
        i.format,
        i.onConflict,
        i.dryRun,
      ),
    'glossary.export': (i) => ({
      fileName: `barabar-glossary.${GLOSSARY_EXPORT[i.format]!.ext}`,
      mime: GLOSSARY_EXPORT[i.format]!.mime,
      content: [...glossary.exportChunks(i.format)].join(''),
    }),
    'terms.find': (i) => ({
      segments: documents
        .segments(i.documentId)
        .map((s) => ({ index: s.index, hits: glossary.match(s.source) })),
    }),
    'qa.run': (i) => qa.run(i.documentIds),
    'qa.setIgnored': (i) => qa.setIgnored(i.key, i.ignored),
    'exchange.export': (i) => {
      const status = i.status ?? defaultStatusFilter(i.format);
      return {
        fileName: exchange.fileName(i.documentIds, i.format),
        mime: EXPORT_META[i.format].mime,
        content: [...exchange.chunks(i.documentIds, i.format, status)].join(''),
        status,
        leftOut: exchange.leftOut(i.documentIds, status),
      };
    },
    'exchange.exportArticle': async (i) => {
      const { bytes, ...rest } = await article.export(i.documentId, i.format, i.unconfirmed ?? 'refuse');
      return { ...rest, contentBase64: Buffer.from(bytes).toString('base64') };
    },
    'exchange.exportReview': async (i) => {
      const { bytes, ...rest } = await review.exportDocx(i.documentId);
      return { ...rest, contentBase64: Buffer.from(bytes).toString('base64') };
    },
    'exchange.importReview': (i) =>
      review.importDocx(decodeBase64(i.contentBase64), i.fileName, {
        documentId: i.documentId,
        dryRun: i.dryRun,
      }),
    'exchange.importXliff': (i) =>
      exchange.importXliff(decodeFile(decodeBase64(i.contentBase64), i.fileName), i.fileName, i.dryRun),
    'exchange.importTmx': (i) =>
      exchange.importTmx(decodeFile(decodeBase64(i.contentBase64), i.fileName), i.fileName, i.dryRun),
  };

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
