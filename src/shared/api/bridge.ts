/**
 * The transport-level half of the contract, free of zod so the sandboxed preload bundle stays a few
 * kilobytes: the one IPC channel, the event channel and the shape of `window.barabar`. Only type imports
 * from the contract (erased at build time); the preload needs no method list, because the dispatcher
 * answers `not_found` for a name it does not know.
 */
import type { JobProgress } from '../jobs';
import type { ApiInput, ApiMethod, ApiResponse, ApiResult } from './index';

/** The single IPC channel every API call travels on: `{ method, input }` in, an ApiResponse out. */
export const API_CALL_CHANNEL = 'barabar:call';

/** Main → renderer: how far a long job is (`JobProgressMessage`), for the page that started it. */
export const JOB_PROGRESS_CHANNEL = 'barabar:job-progress';

/** Renderer → main: the job the page numbered `job` is no longer wanted (a number, nothing else). */
export const JOB_CANCEL_CHANNEL = 'barabar:job-cancel';

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
  /**
   * A long job's number, chosen by the page (unique among its running jobs): its progress comes back on
   * JOB_PROGRESS_CHANNEL under this number, and JOB_CANCEL_CHANNEL cancels it by this number.
   */
  job?: number;
}

export interface JobProgressMessage {
  job: number;
  progress: JobProgress;
}

/** What a page passes to follow a long job: its number, and where its progress goes. */
export interface BridgeJob {
  id: number;
  onProgress?: (p: JobProgress) => void;
}

/** What the preload exposes as `window.barabar` (Electron only; in the browser it is absent). */
export interface BarabarBridge {
  call<M extends ApiMethod>(
    method: M,
    input: ApiInput<M>,
    job?: BridgeJob,
  ): Promise<ApiResponse<ApiResult<M>>>;
  /** Cancels the job numbered `id`; its call then answers `cancelled`. */
  cancel(id: number): void;
  onEvent(cb: (e: AppEvent) => void): () => void;
}
