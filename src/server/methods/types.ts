/** The handler map's types, derived from the contract so a handler cannot drift from its declaration. */
import type { ApiMethod, ApiParsedInput, ApiResult } from '../../shared/api';
import type { CallContext } from './call-context';

/**
 * A handler. `call` is optional for direct callers (tests, seeding); a handler that loops takes it as
 * `call = NO_CALL_CONTEXT` and checks `call.signal.aborted`. The dispatcher always passes one.
 */
export type Handler<M extends ApiMethod> = (
  input: ApiParsedInput<M>,
  call?: CallContext,
) => ApiResult<M> | Promise<ApiResult<M>>;

/** Exactly the methods whose name starts with `<domain>.`. */
export type MethodsOf<D extends string> = Extract<ApiMethod, `${D}.${string}`>;

export type HandlersFor<D extends string> = { [M in MethodsOf<D>]: Handler<M> };

/** Every method of the contract, each with its handler. */
export type ApiHandlers = { [M in ApiMethod]: Handler<M> };
