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
import type { ApiHandlers } from './types';
import { API, type ApiMethod } from '../../shared/api';
import { createJobLane } from '../jobs/job-lane';

export function createHandlers(services: ApiServices): ApiHandlers {
  return queueJobs({
    ...appHandlers(services),
    ...settingsHandlers(services),
    ...documentsHandlers(services),
    ...segmentsHandlers(services),
    ...glossaryHandlers(services),
    ...termsHandlers(services),
    ...qaHandlers(services),
    ...exchangeHandlers(services),
    ...tmHandlers(services),
    ...findHandlers(services),
    ...reviewHandlers(services),
  } satisfies ApiHandlers);
}

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
