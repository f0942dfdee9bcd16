/**
 * `window.barabar`, built over the few ipcRenderer functions it needs (so it can be exercised without
 * Electron). A long job's progress arrives on one channel for every job and is handed to the callback the
 * page gave for that job's number; the callback is dropped when the call answers.
 */
import {
  API_CALL_CHANNEL,
  APP_EVENT_CHANNEL,
  JOB_CANCEL_CHANNEL,
  JOB_PROGRESS_CHANNEL,
} from '../shared/api/bridge';
import type {
  ApiCallMessage,
  AppEvent,
  BarabarBridge,
  BridgeJob,
  JobProgressMessage,
} from '../shared/api/bridge';

import type { IpcRenderer, IpcRendererEvent } from 'electron';

/** The part of Electron's ipcRenderer the bridge uses. */
export type RendererIpc = Pick<IpcRenderer, 'invoke' | 'send' | 'on' | 'removeListener'>;

export function createBridge(ipc: RendererIpc): BarabarBridge {
  const following = new Map<number, NonNullable<BridgeJob['onProgress']>>();
  let listening = false;
  const onJobProgress = (_event: IpcRendererEvent, payload: JobProgressMessage): void => {
    following.get(payload.job)?.(payload.progress);
  };
  return {
    call(method, input, job) {
      const message: ApiCallMessage = { method: String(method), input };
      if (job && Number.isSafeInteger(job.id)) {
        message.job = job.id;
        // A number already running is refused by the main process; its callback stays the first job's.
        if (job.onProgress && !following.has(job.id)) following.set(job.id, job.onProgress);
        if (!listening) {
          ipc.on(JOB_PROGRESS_CHANNEL, onJobProgress);
          listening = true;
        }
      }
      const answer = ipc.invoke(API_CALL_CHANNEL, message) as ReturnType<BarabarBridge['call']>;
      if (!job) return answer;
      return answer.finally(() => {
        if (following.get(job.id) === job.onProgress) following.delete(job.id);
      });
    },
    cancel(id) {
      ipc.send(JOB_CANCEL_CHANNEL, Number(id));
    },
    onEvent(cb) {
      // The IPC event (which carries `sender`) is dropped: the page sees only the payload.
      const listener = (_event: IpcRendererEvent, payload: AppEvent): void => {
        cb({ type: payload.type, ...(typeof payload.view === 'string' ? { view: payload.view } : {}) });
      };
      ipc.on(APP_EVENT_CHANNEL, listener);
      return () => {
        ipc.removeListener(APP_EVENT_CHANNEL, listener);
      };
    },
  };
}
