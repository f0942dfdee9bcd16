/**
 * The door side of the protocol: `dispatch(method, input, call?)` with the dispatcher's shape, so a door
 * serves calls the same way whether the services run in-process (the CLI) or in a host.
 */
import type { ApiResponse } from '../../shared/api';
import { AppError, isSerializedError } from '../../shared/errors';
import type { JobCall } from '../jobs/job-call';
import { isHostReply, type HostPort, type HostReply, type HostRequest } from './protocol';

export type DoorDispatch = (
  method: string,
  input: unknown,
  call?: Partial<JobCall>,
) => Promise<ApiResponse<unknown>>;

export interface HostClient {
  dispatch: DoorDispatch;
  /** Resolves once the host has opened its database; rejects with its error envelope if it could not. */
  ready: Promise<void>;
  /** The host is gone (crashed, exited): every call still waiting gets `internal`. */
  lost(reason: string): void;
  /** Calls sent and not yet answered. */
  pending(): number;
}

interface Waiting {
  resolve(r: ApiResponse<unknown>): void;
  onProgress: JobCall['progress'] | undefined;
}

export function createHostClient(port: HostPort<HostRequest, unknown>): HostClient {
  const waiting = new Map<number, Waiting>();
  let nextId = 1;
  let gone: string | undefined;
  let markReady!: () => void;
  let markFailed!: (err: unknown) => void;
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    markFailed = reject;
  });
  // Whoever awaits `ready` sees a failure; nobody awaiting it must not crash the door.
  ready.catch(() => undefined);

  const unavailable = (reason: string): ApiResponse<never> => ({
    ok: false,
    error: { code: 'internal', params: { message: `service host stopped: ${reason}` } },
  });

  port.onMessage((message: unknown) => {
    if (!isHostReply(message)) return;
    handle(message);
  });

  function handle(message: HostReply): void {
    switch (message.type) {
      case 'ready':
        return markReady();
      case 'failed':
        return markFailed(message.error);
      case 'progress':
        return waiting.get(message.id)?.onProgress?.(message.progress);
      case 'result': {
        const w = waiting.get(message.id);
        waiting.delete(message.id);
        return w?.resolve(message.response);
      }
    }
  }

  const dispatch: DoorDispatch = (method, input, call) => {
    if (gone !== undefined) return Promise.resolve(unavailable(gone));
    const id = nextId++;
    const signal = call?.signal;
    return new Promise<ApiResponse<unknown>>((resolve) => {
      const onAbort = (): void => port.post({ type: 'cancel', id });
      waiting.set(id, {
        resolve: (r) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(r);
        },
        onProgress: call?.progress?.bind(call),
      });
      port.post({ type: 'call', id, method, input });
      if (signal?.aborted) onAbort();
      else signal?.addEventListener('abort', onAbort, { once: true });
    });
  };

  return {
    dispatch,
    ready,
    pending: () => waiting.size,
    lost(reason) {
      gone = reason;
      markFailed(unavailable(reason));
      for (const w of waiting.values()) w.resolve(unavailable(reason));
      waiting.clear();
    },
  };
}

/** The host's `failed` envelope (e.g. db_too_new) as the AppError the door would have got in-process. */
export function hostStartError(failure: unknown): Error {
  const error = (failure as { error?: unknown } | undefined)?.error;
  if (isSerializedError(error)) return new AppError(error.code, error.params);
  return new Error(`service host did not start: ${JSON.stringify(failure)}`);
}
