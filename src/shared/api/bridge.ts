/**
 * The transport-level half of the contract, free of zod so the sandboxed preload bundle stays a few
 * kilobytes: the one IPC channel, the event channel and the shape of `window.barabar`. Only type imports
 * from the contract (erased at build time); the preload needs no method list, because the dispatcher
 * answers `not_found` for a name it does not know.
 */
import type { ApiInput, ApiMethod, ApiResponse, ApiResult } from './index';

/** The single IPC channel every API call travels on: `{ method, input }` in, an ApiResponse out. */
export const API_CALL_CHANNEL = 'barabar:call';

/** Main → renderer notifications after menu-driven actions. */
export const APP_EVENT_CHANNEL = 'app:event';

/**
 * Views the menu may ask the renderer to show. `toggle-ui-language` is a command rather than a view:
 * the renderer owns i18n and calls settings.set itself, so the switch happens live without a reload.
 */
export type MenuView = 'documents' | 'editor' | 'glossary' | 'qa' | 'toggle-ui-language';

export interface AppEvent {
  type: 'documents-changed' | 'glossary-changed' | 'open-view';
  view?: string;
}

/** The payload of one call on API_CALL_CHANNEL. */
export interface ApiCallMessage {
  method: string;
  input: unknown;
}

/** What the preload exposes as `window.barabar` (Electron only; in the browser it is absent). */
export interface BarabarBridge {
  call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiResponse<ApiResult<M>>>;
  onEvent(cb: (e: AppEvent) => void): () => void;
}
