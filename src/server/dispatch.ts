/**
 * The one place where a method name and an untrusted input become a handler call. Electron IPC, the
 * HTTP server and the CLI all go through here, so validation, limits and error shaping cannot differ
 * between doors.
 */
import type * as z from 'zod/mini';
import { API, type ApiMethod, type ApiResponse } from '../shared/api';
import { AppError, isSerializedError } from '../shared/errors';
import { NO_CALL_CONTEXT, type CallContext } from './methods/call-context';
import type { ApiHandlers } from './methods/types';

export type Dispatch = (method: string, input: unknown, call?: CallContext) => Promise<ApiResponse<unknown>>;

export interface DispatcherOptions {
  /** Where unexpected errors (with stacks) go; stderr by default. Never the client. */
  logError?: (message: string) => void;
  /** The caller is the user's own command line: methods declared `localOnly` (file paths) are served. */
  localDoor?: boolean;
}

type ErrorEnvelope = Extract<ApiResponse<unknown>, { ok: false }>;
type AnyHandler = (input: unknown, call: CallContext) => unknown;

export function createDispatcher(handlers: ApiHandlers, options: DispatcherOptions = {}): Dispatch {
  const logError = options.logError ?? ((message: string) => process.stderr.write(`${message}\n`));
  // Looked up once: the per-call path is a map lookup, a safeParse and the handler.
  const table = new Map<string, { schema: z.ZodMiniType; handler: AnyHandler }>();
  for (const name of Object.keys(API) as ApiMethod[]) {
    // Not in the table at all for IPC and HTTP: such a call is an unknown method there.
    if (API[name].localOnly && options.localDoor !== true) continue;
    const handler = handlers[name] as AnyHandler;
    table.set(name, { schema: API[name].input, handler: handler.bind(handlers) });
  }

  return async (method, input, call = NO_CALL_CONTEXT) => {
    // A Map, not an object: "constructor" or "__proto__" cannot resolve to Object.prototype members.
    const entry = table.get(method);
    if (!entry) return failure('not_found', { what: 'method', id: String(method).slice(0, 100) });
    // A method without parameters may be called with no input at all (ipcRenderer.invoke(ch), empty body).
    const parsed = entry.schema.safeParse(input === undefined ? {} : input);
    if (!parsed.success) return validationFailure(parsed.error);
    const badText = findInvalidText(parsed.data);
    if (badText !== null)
      return failure('validation', {
        field: badText || 'input',
        message: 'contains invalid text (a lone surrogate)',
      });
    try {
      return { ok: true, result: await entry.handler(parsed.data, call) };
    } catch (err) {
      return errorToEnvelope(err, method, logError);
    }
  };
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function wellFormed(s: string): boolean {
  // String.prototype.isWellFormed (Node 20+, V8 11.4+) scans without building a regex match.
  const native = (s as unknown as { isWellFormed?: () => boolean }).isWellFormed;
  return native ? native.call(s) : !LONE_SURROGATE.test(s);
}

/**
 * The path ('entry.terms.0.text') of the first string, or object key, holding a lone surrogate: text
 * SQLite would store as U+FFFD or as invalid UTF-8. Null when every string is well formed.
 */
export function findInvalidText(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return wellFormed(value) ? null : path.join('.');
  if (typeof value !== 'object' || value === null) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findInvalidText(value[i], [...path, String(i)]);
      if (found !== null) return found;
    }
    return null;
  }
  for (const [key, v] of Object.entries(value)) {
    if (!wellFormed(key)) return [...path, key].join('.');
    const found = findInvalidText(v, [...path, key]);
    if (found !== null) return found;
  }
  return null;
}

function failure(code: string, params: Record<string, unknown>): ErrorEnvelope {
  return { ok: false, error: { code, params } };
}

function validationFailure(error: z.core.$ZodError): ErrorEnvelope {
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
  // node:crypto is loaded here, on the rare unexpected error, not by every CLI start (bench/cli-startup.ts).
  const ref = process.getBuiltinModule('node:crypto').randomBytes(4).toString('hex');
  const name = err instanceof Error ? err.name : typeof err;
  const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
  logError(`[barabar] internal error in ${method} (ref ${ref}): ${detail}`);
  return failure('internal', { message: `${name} (ref ${ref})`, ref });
}
