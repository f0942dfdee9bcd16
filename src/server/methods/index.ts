/**
 * Every handler, composed from one file per domain. `ApiHandlers` is a mapped type over the contract:
 * a method declared without a handler, or a handler for an undeclared method, fails `tsc` here.
 */
import { appHandlers } from './app';
import { documentsHandlers } from './documents';
import { exchangeHandlers } from './exchange';
import { findHandlers } from './find';
import { glossaryHandlers } from './glossary';
import { qaHandlers } from './qa';
import { reviewHandlers } from './review';
import { segmentsHandlers } from './segments';
import type { ApiServices } from './services';
import { settingsHandlers } from './settings';
import { termsHandlers } from './terms';
import { tmHandlers } from './tm';
import type { ApiHandlers, HandlersFor } from './types';
import type { CallContext } from './call-context';
import { API, API_METHODS, type ApiMethod } from '../../shared/api';
import { createJobLane } from '../jobs/job-lane';

type Domain = ApiMethod extends `${infer D}.${string}` ? D : never;

/** Which file answers each domain's methods; `tsc` fails here when a domain of the contract has none. */
const DOMAINS: { [D in Domain]: (services: ApiServices) => HandlersFor<D> } = {
  app: appHandlers,
  settings: settingsHandlers,
  documents: documentsHandlers,
  segments: segmentsHandlers,
  glossary: glossaryHandlers,
  terms: termsHandlers,
  qa: qaHandlers,
  exchange: exchangeHandlers,
  tm: tmHandlers,
  find: findHandlers,
  comments: reviewHandlers,
  review: reviewHandlers,
  stats: reviewHandlers,
  dictionary: reviewHandlers,
};

/**
 * Every handler. A domain's handlers (and so the services they take from `services`, which the
 * composition root builds on first use) are made on the first call of one of its methods: a process that
 * serves a single call, like a CLI command, builds only what that call needs.
 */
export function createHandlers(services: ApiServices): ApiHandlers {
  const made = new Map<unknown, Record<string, AnyHandler>>();
  const domainOf = (factory: (s: ApiServices) => object): Record<string, AnyHandler> => {
    let handlers = made.get(factory);
    if (!handlers) {
      handlers = factory(services) as Record<string, AnyHandler>;
      made.set(factory, handlers);
    }
    return handlers;
  };
  const handlers: Record<string, AnyHandler> = {};
  for (const name of API_METHODS) {
    const factory = DOMAINS[name.slice(0, name.indexOf('.')) as Domain];
    handlers[name] = (input, call) => domainOf(factory)[name]!(input, call);
  }
  return queueJobs(handlers as ApiHandlers);
}

type AnyHandler = (input: unknown, call?: CallContext) => unknown;

/** Long jobs of one connection run one after another (see jobs/job-lane.ts); short calls are untouched. */
function queueJobs(handlers: ApiHandlers): ApiHandlers {
  const lane = createJobLane();
  const queued: Record<string, unknown> = { ...handlers };
  for (const name of Object.keys(API) as ApiMethod[]) {
    if (!API[name].job) continue;
    const handler = handlers[name] as (input: unknown, call?: unknown) => unknown;
    queued[name] = (input: unknown, call?: unknown) => lane.run(() => handler(input, call));
  }
  return queued as ApiHandlers;
}

export type { ApiHandlers, Handler, HandlersFor } from './types';
export { NO_CALL_CONTEXT, type CallContext, type CallProgress } from './call-context';
export type { ApiServices } from './services';
