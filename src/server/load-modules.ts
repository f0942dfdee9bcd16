/**
 * Loads, on demand, the modules a call needs: its domain's handler file and the services that file takes,
 * with the services those are made from. The CLI runs one command per process, so this is what keeps
 * `barabar list` from loading (and compiling, and running the top level of) the XML readers, HTML and Word
 * code, QA checks and memory search it never calls: bundled, each `import()` below is code V8 leaves alone
 * until it runs. The tables must follow the handler files and the composition root (compose-api.ts);
 * tests/server/load-modules.test.ts fails when they do not.
 */
import type { ApiMethod } from '../shared/api';
import { DOMAIN_FILES, domainOf } from './methods';
import type { HandlerModules, ServerModules, ServiceModules } from './server-modules';

type Loaders<T> = { [K in keyof T]: () => Promise<T[K]> };

const SERVICE_LOADERS: Loaders<ServiceModules> = {
  documents: () => import('./services/documents-service'),
  glossary: () => import('./services/glossary-service'),
  qa: () => import('./services/qa-service'),
  exchange: () => import('./services/exchange-service'),
  settings: () => import('./services/settings-service'),
  tm: () => import('./services/tm-service'),
  tmWorkflow: () => import('./services/tm-workflow'),
  article: () => import('./services/article-service'),
  review: () => import('./services/review-service'),
  find: () => import('./services/find-service'),
  segmentReview: () => import('./services/segment-review-service'),
};

const HANDLER_LOADERS: Loaders<HandlerModules> = {
  app: () => import('./methods/app'),
  settings: () => import('./methods/settings'),
  documents: () => import('./methods/documents'),
  segments: () => import('./methods/segments'),
  glossary: () => import('./methods/glossary'),
  terms: () => import('./methods/terms'),
  qa: () => import('./methods/qa'),
  exchange: () => import('./methods/exchange'),
  tm: () => import('./methods/tm'),
  find: () => import('./methods/find'),
  review: () => import('./methods/review'),
};

type Service = keyof ServiceModules;

/** The services each service is made from (the arguments compose-api.ts passes it). */
export const SERVICE_NEEDS: Record<Service, Service[]> = {
  documents: [],
  glossary: [],
  qa: ['documents', 'glossary'],
  exchange: ['documents', 'glossary'],
  settings: [],
  tm: ['documents', 'glossary'],
  tmWorkflow: ['documents', 'tm'],
  article: ['documents'],
  review: ['documents'],
  find: [],
  segmentReview: [],
};

/** The services each handler file takes from ApiServices. */
export const HANDLER_NEEDS: Record<keyof HandlerModules, Service[]> = {
  app: [],
  settings: ['settings'],
  documents: ['documents'],
  segments: ['documents', 'tm'],
  glossary: ['glossary'],
  terms: ['documents', 'glossary'],
  qa: ['qa'],
  exchange: ['exchange', 'article', 'review', 'documents', 'tm'],
  tm: ['tm', 'tmWorkflow'],
  find: ['find'],
  review: ['segmentReview'],
};

async function loadServices(names: readonly Service[], modules: ServerModules): Promise<void> {
  for (const name of names) {
    if (modules.services[name]) continue;
    await loadServices(SERVICE_NEEDS[name], modules);
    (modules.services as Record<Service, unknown>)[name] = await SERVICE_LOADERS[name]();
  }
}

/** Adds to `modules` what a call of `method` needs; a second call of the same domain loads nothing. */
export async function loadModulesFor(method: ApiMethod, modules: ServerModules): Promise<void> {
  const file = DOMAIN_FILES[domainOf(method)];
  await loadServices(HANDLER_NEEDS[file], modules);
  if (!modules.handlers[file])
    (modules.handlers as Record<string, unknown>)[file] = await HANDLER_LOADERS[file]();
}

/** What seeding a new database takes (seed.ts fills it through these two services). */
export async function loadSeedModules(modules: ServerModules): Promise<void> {
  await loadServices(['documents', 'glossary'], modules);
}
