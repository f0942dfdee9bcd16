/**
 * A command's connection to the API: the same dispatcher Electron IPC and the HTTP server use, so the
 * CLI gets the same validation, limits and error codes. The database opens on the first call.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isJobMethod, type ApiInput, type ApiMethod, type ApiResult } from '../shared/api';
import { AppError, type ErrorCode, type ErrorParams } from '../shared/errors';
import type { FileKind } from '../shared/limits';
import { composeApi, type BarabarApi } from '../server/compose-api';
import { loadModulesFor, loadSeedModules } from '../server/load-modules';
import type { ServerModules } from '../server/server-modules';
import { createDispatcher, type Dispatch } from '../server/dispatch';
import type { CallContext } from '../server/methods/call-context';
import { repoPaths, resolveDbPath } from '../server/paths';
import type { FileUpload } from '../server/read-upload';
import { outOf, UsageError, type CliIo, type Out } from './io';
import { startCliJob } from './progress';

export const GLOBAL_OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  'no-seed': { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];

export function parse<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
  try {
    return parseArgs({
      args,
      options: { ...GLOBAL_OPTIONS, ...options },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    throw new UsageError((err as Error).message.split('\n')[0] ?? 'bad arguments');
  }
}

/**
 * better-sqlite3's compiled module for this Node, named directly: left to find it, better-sqlite3 asks the
 * `bindings` package, which probes a dozen candidate paths on every start. Undefined (let it search) when
 * the usual place holds none.
 */
function nodeBinding(): string | undefined {
  const path = 'better-sqlite3/build/Release/better_sqlite3.node';
  try {
    return createRequire(import.meta.url).resolve(path);
  } catch {
    return undefined;
  }
}

export interface DbOptions {
  db?: string | undefined;
  'no-seed'?: boolean | undefined;
}

export interface CliContext {
  io: CliIo;
  out: Out;
  /** One API call through the dispatcher; a refusal is thrown as an AppError with its code and params. */
  call<M extends ApiMethod>(method: M, input: ApiInput<M>, job?: CallContext): Promise<ApiResult<M>>;
  /** A file named on the command line, as the API takes it; errors cite the path as given. */
  readFile(path: string, kind: FileKind): Promise<FileUpload>;
  close(): void;
}

/**
 * `dbPath` ':memory:' serves calls that need no stored data (terms with --glossary over files). A
 * database this command creates gets the shipped termbase (not the sample reports: a scripted
 * `barabar import` should find only what it imported) unless --no-seed is given.
 */
export function createContext(io: CliIo, values: DbOptions, dbPath?: string): CliContext {
  let api: BarabarApi | undefined;
  let dispatch: Dispatch | undefined;
  // Filled per call with the handler and service code that call needs (server/load-modules.ts): `list`
  // loads the documents code only.
  const modules: ServerModules = { services: {}, handlers: {} };
  const open = async (method: ApiMethod): Promise<Dispatch> => {
    await loadModulesFor(method, modules);
    if (dispatch) return dispatch;
    const path = dbPath ?? resolveDbPath(values.db, io.env);
    const isNew = path !== ':memory:' && !existsSync(path);
    const seed = isNew && !values['no-seed'] ? { glossaryFile: repoPaths().glossaryFile } : undefined;
    if (seed) await loadSeedModules(modules);
    api = composeApi({ dbPath: path, seed, nativeBinding: nodeBinding() }, modules);
    dispatch = createDispatcher(api.handlers, { localDoor: true });
    return dispatch;
  };
  return {
    io,
    out: outOf(io),
    async call(method, input, job) {
      // Every long job gets the bar on a terminal and Ctrl+C, unless the command brought its own.
      const own = job === undefined && isJobMethod(method) ? startCliJob() : undefined;
      const res = await open(method)
        .then((run) => run(method, input, job ?? own?.call))
        .finally(() => own?.finish());
      if (!res.ok) throw new AppError(res.error.code as ErrorCode, res.error.params as ErrorParams);
      return res.result as ApiResult<typeof method>;
    },
    // Loaded when a command names a file: `list` and `glossary search` never read one.
    readFile: async (path, kind) => (await import('../server/read-upload')).readUpload(path, kind, path),
    close: () => api?.close(),
  };
}

/** Runs `fn` with a context and closes the database afterwards, whatever happens. */
export async function withContext<T>(
  io: CliIo,
  values: DbOptions,
  fn: (ctx: CliContext) => Promise<T>,
  dbPath?: string,
): Promise<T> {
  const ctx = createContext(io, values, dbPath);
  try {
    return await fn(ctx);
  } finally {
    ctx.close();
  }
}
