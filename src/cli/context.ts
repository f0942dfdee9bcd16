import { existsSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { createApi, type BarabarApi } from '../server/create-api';
import { repoPaths, resolveDbPath } from '../server/paths';
import { UsageError } from './io';

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
 * Opens the database for one command. A database this command creates gets the shipped termbase (not the
 * sample reports: a scripted `barabar import` should find only what it imported) unless --no-seed is given.
 */
export function openApi(values: { db?: string | undefined; 'no-seed'?: boolean | undefined }): BarabarApi {
  const dbPath = resolveDbPath(values.db);
  const isNew = !existsSync(dbPath);
  return createApi({
    dbPath,
    seed: isNew && !values['no-seed'] ? { glossaryFile: repoPaths().glossaryFile } : undefined,
  });
}

/** Closes the database when `fn` is done, also when it returns a promise (long jobs). */
export function withApi<T>(values: Parameters<typeof openApi>[0], fn: (api: BarabarApi) => T): T {
  const api = openApi(values);
  let result: T;
  try {
    result = fn(api);
  } catch (err) {
    api.close();
    throw err;
  }
  if (result instanceof Promise) return result.finally(() => api.close()) as T;
  api.close();
  return result;
}
