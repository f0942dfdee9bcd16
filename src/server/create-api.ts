import { basename } from 'node:path';
import { userInfo } from 'node:os';
import type { ApiHandlers } from '../shared/api';
import { BARABAR_VERSION } from '../shared/version';
import { loadMigrations, openDatabase } from './db/open';
import { createRepos } from './db/repos';
import { seedOnce, type SeedSources } from './seed';
import { decodeFile } from './services/decode-file';
import { createDocumentsService } from './services/documents-service';
import { createExchangeService, EXPORT_META } from './services/exchange-service';
import { createGlossaryService } from './services/glossary-service';
import { refreshMatchKeys } from './services/match-keys';
import { createQaService } from './services/qa-service';
import { createSettingsService } from './services/settings-service';

export interface CreateApiOptions {
  dbPath: string;
  /** Loaded once into an empty database: the bundled reports and the shipped termbase. */
  seed?: SeedSources | undefined;
  user?: string | undefined;
  nativeBinding?: string | undefined;
  /** How long a write waits for another process's lock before failing with db_busy (default 5 s). */
  busyTimeoutMs?: number | undefined;
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
    busyTimeoutMs: opts.busyTimeoutMs,
  });
  const now = opts.now ?? (() => new Date().toISOString());
  const user = opts.user ?? currentUser();
  const repos = createRepos(db);
  const documents = createDocumentsService(db, repos.documents, now);
  refreshMatchKeys(db, repos);
  const glossary = createGlossaryService(db, repos.glossary, now, user);
  const qa = createQaService(db, documents, glossary, repos.qaIgnored, now);
  const exchange = createExchangeService(
    db,
    documents,
    glossary,
    repos.translationUnits,
    now,
    BARABAR_VERSION,
  );
  const settings = createSettingsService(db, repos.settings);
  const services = { db, documents, glossary, qa, exchange, settings };

  if (opts.seed) seedOnce(db, { documents, glossary, settings: repos.settings }, opts.seed);

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
