import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { userInfo } from 'node:os';
import type { ApiHandlers } from '../shared/api';
import { BARABAR_VERSION } from '../shared/version';
import { loadMigrations, openDatabase, type Db } from './db/open';
import { createDocumentsRepo } from './db/repos/documents-repo';
import { decodeFile } from './services/decode-file';
import { createDocumentsService } from './services/documents-service';
import { createExchangeService, EXPORT_META } from './services/exchange-service';
import { createGlossaryService, keyOf } from './services/glossary-service';
import { refreshMatchKeys } from './db/match-keys';
import { foldForSearch } from '../core/text/normalize';
import { createQaService } from './services/qa-service';
import { createSettingsService } from './services/settings-service';
import { createFindService } from './services/find-service';
import { createReviewService } from './services/review-service';
import { createCommentsRepo } from './db/repos/comments-repo';
import { createReplaceBatchesRepo } from './db/repos/replace-batches-repo';
import { createUserDictionaryRepo } from './db/repos/user-dictionary-repo';

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
  const documentsRepo = createDocumentsRepo(db);
  const documents = createDocumentsService(db, documentsRepo, now);
  refreshMatchKeys(db, keyOf, foldForSearch);
  const glossary = createGlossaryService(db, now, user);
  const qa = createQaService(db, documents, glossary, now);
  const exchange = createExchangeService(db, documents, glossary, now, BARABAR_VERSION);
  const settings = createSettingsService(db);
  const find = createFindService(db, documentsRepo, createReplaceBatchesRepo(db), now);
  const review = createReviewService(
    db,
    documentsRepo,
    createCommentsRepo(db),
    createUserDictionaryRepo(db),
    now,
    user,
  );
  const services = { db, documents, glossary, qa, exchange, settings, find, review };

  if (opts.seed) seedOnce(db, services, opts.seed);

  const handlers: ApiHandlers = {
    'app.info': () => ({ version: BARABAR_VERSION, dbPath: opts.dbPath, schemaVersion }),
    'settings.get': () => settings.get(),
    'settings.set': (i) => settings.set(i),
    'documents.list': () => documents.list(),
    'documents.get': (i) => documents.get(i.id),
    'documents.import': (i) => {
      const [r] = documents.importFiles([
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
      glossary.importText(decodeFile(decodeBase64(i.contentBase64), i.fileName), i.fileName, i.format),
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
    'exchange.export': (i) => ({
      fileName: exchange.fileName(i.documentIds, i.format),
      mime: EXPORT_META[i.format].mime,
      content: [...exchange.chunks(i.documentIds, i.format)].join(''),
    }),
    'exchange.importXliff': (i) =>
      exchange.importXliff(decodeFile(decodeBase64(i.contentBase64), i.fileName), i.fileName),
    'exchange.importTmx': (i) =>
      exchange.importTmx(decodeFile(decodeBase64(i.contentBase64), i.fileName), i.fileName),
    'find.search': (i) => find.search(i),
    'find.replace': (i) => find.replace(i),
    'find.undoReplace': (i) => find.undoReplace(i.batchId),
    'documents.counts': () => review.counts(),
    'comments.list': (i) => review.comments(i.documentId),
    'comments.add': (i) => review.addComment(i),
    'comments.resolve': (i) => review.resolveComment(i.id, i.resolved),
    'comments.remove': (i) => review.removeComment(i.id),
    'review.signOff': (i) => review.signOff(i.documentId, i.index),
    'dictionary.list': () => review.dictionary(),
    'dictionary.add': (i) => review.addWord(i.word),
    'dictionary.remove': (i) => review.removeWord(i.word),
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
