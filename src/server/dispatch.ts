/**
 * The one place where a method name and an untrusted input become a service call. Electron IPC and
 * the HTTP server both go through here, so validation and error shaping cannot differ between doors.
 */
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { apiInputs } from '../shared/api';
import type { ApiHandlers, ApiMethod, ApiResponse } from '../shared/api';
import { AppError, isSerializedError } from '../shared/errors';
import type { JobCall } from '../shared/jobs';
import { quietCall } from './jobs/job-call';

/** `call` carries progress and cancel for long jobs; short calls and old callers may leave it out. */
export type Dispatch = (method: string, input: unknown, call?: JobCall) => Promise<ApiResponse<unknown>>;

export interface DispatcherOptions {
  /** Where unexpected errors (with stacks) go; stderr by default. Never the client. */
  logError?: (message: string) => void;
}

type ErrorEnvelope = Extract<ApiResponse<unknown>, { ok: false }>;

export function isApiMethod(name: string): name is ApiMethod {
  // hasOwn, not `in`: "constructor" or "__proto__" must not resolve to Object.prototype members.
  return Object.hasOwn(apiInputs, name);
}

export function createDispatcher(handlers: ApiHandlers, options: DispatcherOptions = {}): Dispatch {
  const logError = options.logError ?? ((message: string) => process.stderr.write(`${message}\n`));
  // Looked up once: the per-call path is a map lookup, a safeParse and the handler.
  const table = new Map<string, { schema: z.ZodType; handler: (input: unknown, call: JobCall) => unknown }>();
  for (const name of Object.keys(apiInputs) as ApiMethod[]) {
    const handler = handlers[name] as (input: unknown, call: JobCall) => unknown;
    table.set(name, { schema: apiInputs[name], handler: handler.bind(handlers) });
  }

  return async (method, input, call) => {
    const entry = table.get(method);
    if (!entry) return failure('not_found', { what: 'method', id: String(method).slice(0, 100) });
    // A method without parameters may be called with no input at all (ipcRenderer.invoke(ch), empty body).
    const parsed = entry.schema.safeParse(input === undefined ? {} : input);
    if (!parsed.success) return validationFailure(parsed.error);
    try {
      return { ok: true, result: await entry.handler(parsed.data, call ?? quietCall()) };
    } catch (err) {
      return errorToEnvelope(err, method, logError);
    }
  };
}

function failure(code: string, params: Record<string, unknown>): ErrorEnvelope {
  return { ok: false, error: { code, params } };
}

function validationFailure(error: z.ZodError): ErrorEnvelope {
  const issue = error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : 'input';
  return failure('validation', { field, message: issue?.message ?? 'invalid input' });
}

export function errorToEnvelope(
  err: unknown,
  method: string,
  logError: (message: string) => void,
): ErrorEnvelope {
  if (err instanceof AppError) return failure(err.code, { ...err.params });
  // An AppError from another copy of the module (e.g. a second bundle) still carries code + params.
  if (err instanceof Error && err.name === 'AppError' && isSerializedError(err)) {
    return failure(err.code, { ...err.params });
  }
  // Unexpected: the stack may name files, SQL or user data, so it goes to the log only. The
  // reference lets a user's bug report be matched to the log line.
  const ref = randomBytes(4).toString('hex');
  const name = err instanceof Error ? err.name : typeof err;
  const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
  logError(`[barabar] internal error in ${method} (ref ${ref}): ${detail}`);
  return failure('internal', { message: `${name} (ref ${ref})`, ref });
}
