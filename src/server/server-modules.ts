/**
 * The modules behind the services and the handlers, as one record the composition root reads from. The
 * app, browser mode and tests fill it with every module up front (create-api.ts); the CLI fills it as
 * calls need them (load-modules.ts), so `barabar list` never loads the XLIFF, TBX, QA or memory code.
 */
import type * as articleService from './services/article-service';
import type * as documentsService from './services/documents-service';
import type * as exchangeService from './services/exchange-service';
import type * as findService from './services/find-service';
import type * as glossaryService from './services/glossary-service';
import type * as qaService from './services/qa-service';
import type * as reviewService from './services/review-service';
import type * as segmentReviewService from './services/segment-review-service';
import type * as settingsService from './services/settings-service';
import type * as tmService from './services/tm-service';
import type * as tmWorkflow from './services/tm-workflow';
import type * as appMethods from './methods/app';
import type * as documentsMethods from './methods/documents';
import type * as exchangeMethods from './methods/exchange';
import type * as findMethods from './methods/find';
import type * as glossaryMethods from './methods/glossary';
import type * as qaMethods from './methods/qa';
import type * as reviewMethods from './methods/review';
import type * as segmentsMethods from './methods/segments';
import type * as settingsMethods from './methods/settings';
import type * as termsMethods from './methods/terms';
import type * as tmMethods from './methods/tm';

/** One module per service of ApiServices (all but `info`, which the root makes itself). */
export interface ServiceModules {
  documents: typeof documentsService;
  glossary: typeof glossaryService;
  qa: typeof qaService;
  exchange: typeof exchangeService;
  settings: typeof settingsService;
  tm: typeof tmService;
  tmWorkflow: typeof tmWorkflow;
  article: typeof articleService;
  review: typeof reviewService;
  find: typeof findService;
  segmentReview: typeof segmentReviewService;
}

/** One module per file of src/server/methods/. */
export interface HandlerModules {
  app: typeof appMethods;
  settings: typeof settingsMethods;
  documents: typeof documentsMethods;
  segments: typeof segmentsMethods;
  glossary: typeof glossaryMethods;
  terms: typeof termsMethods;
  qa: typeof qaMethods;
  exchange: typeof exchangeMethods;
  tm: typeof tmMethods;
  find: typeof findMethods;
  review: typeof reviewMethods;
}

export interface ServerModules {
  services: Partial<ServiceModules>;
  handlers: Partial<HandlerModules>;
}

/** A module the caller should have loaded: a missing one is a bug in load-modules.ts, named as such. */
export function loaded<T>(module: T | undefined, name: string): T {
  if (module === undefined)
    throw new Error(`server module "${name}" used before it was loaded (see src/server/load-modules.ts)`);
  return module;
}
