/**
 * Every handler, composed from one file per domain. `ApiHandlers` is a mapped type over the contract:
 * a method declared without a handler, or a handler for an undeclared method, fails `tsc` here.
 */
import type { ApiServices } from './services';
import type { ApiHandlers, HandlersFor } from './types';
import type { CallContext } from './call-context';
import { API, API_METHODS, type ApiMethod } from '../../shared/api';
import { createJobLane } from '../jobs/job-lane';
import { loaded, type HandlerModules } from '../server-modules';

export type Domain = ApiMethod extends `${infer D}.${string}` ? D : never;

type DomainFactory<D extends Domain> = (services: ApiServices) => HandlersFor<D>;

/** Which file answers each domain's methods; `tsc` fails here when a domain of the contract has none. */
export const DOMAIN_FILES: { [D in Domain]: keyof HandlerModules } = {
  app: 'app',
  settings: 'settings',
  documents: 'documents',
  segments: 'segments',
  glossary: 'glossary',
  terms: 'terms',
  qa: 'qa',
  exchange: 'exchange',
  tm: 'tm',
  find: 'find',
  comments: 'review',
  review: 'review',
  stats: 'review',
  dictionary: 'review',
};

/** The function in a domain's file that makes its handlers (typed per domain, so a missing method fails tsc). */
export function domainFactory<D extends Domain>(
  modules: Partial<HandlerModules>,
  domain: D,
): DomainFactory<D> {
  const file = DOMAIN_FILES[domain];
  const m = modules as HandlerModules;
  const factories: { [K in Domain]: () => DomainFactory<K> } = {
    app: () => loaded(m.app, file).appHandlers,
    settings: () => loaded(m.settings, file).settingsHandlers,
    documents: () => loaded(m.documents, file).documentsHandlers,
    segments: () => loaded(m.segments, file).segmentsHandlers,
    glossary: () => loaded(m.glossary, file).glossaryHandlers,
    terms: () => loaded(m.terms, file).termsHandlers,
    qa: () => loaded(m.qa, file).qaHandlers,
    exchange: () => loaded(m.exchange, file).exchangeHandlers,
    tm: () => loaded(m.tm, file).tmHandlers,
    find: () => loaded(m.find, file).findHandlers,
    comments: () => loaded(m.review, file).reviewHandlers,
    review: () => loaded(m.review, file).reviewHandlers,
    stats: () => loaded(m.review, file).reviewHandlers,
    dictionary: () => loaded(m.review, file).reviewHandlers,
  };
  return factories[domain]();
}

export function domainOf(method: ApiMethod): Domain {
  return method.slice(0, method.indexOf('.')) as Domain;
}

/**
 * Every handler. A domain's handlers (and so the services they take from `services`, which the
 * composition root builds on first use) are made on the first call of one of its methods: a process that
 * serves a single call, like a CLI command, builds only what that call needs. The domain's file comes from
 * `modules`: all of them for the app, those the call needs for the CLI (see load-modules.ts).
 */
export function createHandlers(services: ApiServices, modules: Partial<HandlerModules>): ApiHandlers {
  // Keyed by file: the four review domains share one set of handlers.
  const made = new Map<keyof HandlerModules, Record<string, AnyHandler>>();
  const handlersOf = (domain: Domain): Record<string, AnyHandler> => {
    let handlers = made.get(DOMAIN_FILES[domain]);
    if (!handlers) {
      handlers = domainFactory(modules, domain)(services) as Record<string, AnyHandler>;
      made.set(DOMAIN_FILES[domain], handlers);
    }
    return handlers;
  };
  const handlers: Record<string, AnyHandler> = {};
  for (const name of API_METHODS) {
    const domain = domainOf(name);
    handlers[name] = (input, call) => handlersOf(domain)[name]!(input, call);
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
