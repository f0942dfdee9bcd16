/**
 * The transport-level half of the contract, free of zod so the sandboxed preload bundle stays a few
 * kilobytes: the method names, the event channel, the shape of `window.barabar`, and the CSP every
 * door serves. Only type imports from api.ts (erased at build time).
 */
import type { ApiInput, ApiMethod, ApiResponse, ApiResults } from './api';

export const API_METHOD_NAMES = [
  'app.info',
  'settings.get',
  'settings.set',
  'documents.list',
  'documents.get',
  'documents.import',
  'documents.remove',
  'segments.saveTarget',
  'segments.saveSource',
  'glossary.snapshot',
  'glossary.list',
  'glossary.get',
  'glossary.add',
  'glossary.update',
  'glossary.remove',
  'glossary.history',
  'glossary.import',
  'glossary.export',
  'terms.find',
  'qa.run',
  'qa.setIgnored',
  'exchange.export',
  'exchange.importXliff',
  'exchange.importTmx',
  'find.search',
  'find.replace',
  'find.undoReplace',
  'documents.counts',
  'comments.list',
  'comments.add',
  'comments.resolve',
  'comments.remove',
  'review.signOff',
  'dictionary.list',
  'dictionary.add',
  'dictionary.remove',
] as const;

export type ApiMethodName = (typeof API_METHOD_NAMES)[number];

// Compile-time proof that this list and the keys of apiInputs are the same set: adding a method to
// api.ts without listing it here (or the reverse) fails `tsc`.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const methodListMatchesContract: Same<ApiMethodName, ApiMethod> = true;
void methodListMatchesContract;

/** IPC channel of one API method (one ipcMain.handle each, so a sender check cannot be bypassed by name). */
export function ipcChannelOf(method: ApiMethodName): `api:${ApiMethodName}` {
  return `api:${method}`;
}

/** Main → renderer notifications after menu-driven actions. */
export const APP_EVENT_CHANNEL = 'app:event';

/**
 * Views the menu may ask the renderer to show. `toggle-ui-language` is a command rather than a view:
 * the renderer owns i18n and calls settings.set itself, so the switch happens live without a reload.
 */
export const MENU_VIEWS = ['documents', 'editor', 'glossary', 'qa', 'toggle-ui-language'] as const;
export type MenuView = (typeof MENU_VIEWS)[number];

export interface AppEvent {
  type: 'documents-changed' | 'glossary-changed' | 'open-view';
  view?: string;
}

/** What the preload exposes as `window.barabar` (Electron only; in the browser it is absent). */
export interface BarabarBridge {
  api: { [M in ApiMethodName]: (input: ApiInput<M>) => Promise<ApiResponse<ApiResults[M]>> };
  onEvent(cb: (e: AppEvent) => void): () => void;
}

/**
 * One Content-Security-Policy for Electron (header + meta tag) and the browser mode. Monaco injects
 * inline styles, hence style-src 'unsafe-inline'; its workers are same-origin module scripts or blobs.
 * No 'unsafe-eval' and no inline scripts: the renderer bundle must not need them.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');
