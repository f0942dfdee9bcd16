/**
 * The API with every service and handler module loaded up front: what the Electron shell, browser mode
 * and tests use. The CLI composes the same API from the modules its command needs (load-modules.ts).
 */
import * as articleService from './services/article-service';
import * as documentsService from './services/documents-service';
import * as exchangeService from './services/exchange-service';
import * as findService from './services/find-service';
import * as glossaryService from './services/glossary-service';
import * as qaService from './services/qa-service';
import * as reviewService from './services/review-service';
import * as segmentReviewService from './services/segment-review-service';
import * as settingsService from './services/settings-service';
import * as tmService from './services/tm-service';
import * as tmWorkflow from './services/tm-workflow';
import * as app from './methods/app';
import * as documents from './methods/documents';
import * as exchange from './methods/exchange';
import * as find from './methods/find';
import * as glossary from './methods/glossary';
import * as qa from './methods/qa';
import * as review from './methods/review';
import * as segments from './methods/segments';
import * as settings from './methods/settings';
import * as terms from './methods/terms';
import * as tm from './methods/tm';
import { composeApi, type BarabarApi, type CreateApiOptions } from './compose-api';
import type { ServerModules } from './server-modules';

/** Every service and handler module (bench/cli-startup.ts builds a CLI that loads them all, for comparison). */
export const ALL_MODULES: ServerModules = {
  services: {
    documents: documentsService,
    glossary: glossaryService,
    qa: qaService,
    exchange: exchangeService,
    settings: settingsService,
    tm: tmService,
    tmWorkflow,
    article: articleService,
    review: reviewService,
    find: findService,
    segmentReview: segmentReviewService,
  },
  handlers: { app, settings, documents, segments, glossary, terms, qa, exchange, tm, find, review },
};

export function createApi(opts: CreateApiOptions): BarabarApi {
  return composeApi(opts, ALL_MODULES);
}

export type { BarabarApi, CreateApiOptions } from './compose-api';
