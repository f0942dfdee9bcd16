/**
 * The one service contract. Every door (Electron IPC, the loopback HTTP server, the CLI) serves exactly
 * these methods through one dispatcher; every input is validated against its schema before a handler
 * sees it. Adding a method: one line in its domain file, its handler in src/server/methods/, its test.
 */
import type * as z from 'zod/mini';
import { appMethods } from './app';
import { documentsMethods } from './documents';
import { exchangeMethods } from './exchange';
import { findMethods } from './find';
import { glossaryMethods } from './glossary';
import { qaMethods } from './qa';
import { reviewMethods } from './review';
import { segmentsMethods } from './segments';
import { settingsMethods } from './settings';
import { termsMethods } from './terms';
import { tmMethods } from './tm';
import type { MethodSpec } from './define';

export const API = {
  ...appMethods,
  ...settingsMethods,
  ...documentsMethods,
  ...segmentsMethods,
  ...glossaryMethods,
  ...termsMethods,
  ...qaMethods,
  ...exchangeMethods,
  ...tmMethods,
  ...findMethods,
  ...reviewMethods,
} as const;

export type Api = typeof API;
export type ApiMethod = keyof Api;
export const API_METHODS = Object.keys(API) as ApiMethod[];

/** What a caller sends (before defaults and transforms). */
export type ApiInput<M extends ApiMethod> = z.input<Api[M]['input']>;
/** What a handler receives: the input after validation. */
export type ApiParsedInput<M extends ApiMethod> = z.output<Api[M]['input']>;
/** What a successful call returns. */
export type ApiResult<M extends ApiMethod> = Api[M] extends MethodSpec<z.ZodMiniType, infer R> ? R : never;

/** Names of the methods that are long jobs (progress events, cancel). */
export function isJobMethod(name: string): boolean {
  return Object.hasOwn(API, name) && API[name as ApiMethod].job;
}

/** What the renderer and the CLI hold: the same methods, whatever the transport. */
export interface ApiClient {
  call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiResult<M>>;
}

/** Transport envelope, identical over IPC, HTTP and in-process calls. */
export type ApiResponse<T> =
  { ok: true; result: T } | { ok: false; error: { code: string; params: Record<string, unknown> } };

export { method, type MethodSpec } from './define';
export type { ExportedFile } from './common';
export type { AppInfo } from './app';
export { uiLanguageSchema, type Settings } from './settings';
export type { ImportedDocument } from './documents';
export { entryInputSchema, termSchema, type SyncReport } from './glossary';
export type { TermsFound } from './terms';
export type { TmxImportReport, XliffImportReport } from './exchange';
export type { ReplaceResult, UndoReplaceResult } from './find';
export type { DocumentCounts } from './review';
