/**
 * The API's IPC channels: every call passes the sender check, then the shared dispatcher (in the service
 * host), which validates the method name and the input exactly as it does for HTTP and the CLI. Long jobs
 * carry a number: their progress goes back to the page that asked, and a cancel on JOB_CANCEL_CHANNEL
 * (same sender check) aborts them.
 */
import { ipcMain } from 'electron';
import type { IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import type { ApiResponse } from '../shared/api';
import { API_CALL_CHANNEL, JOB_CANCEL_CHANNEL } from '../shared/api/bridge';
import { createApiRouter, isCallMessage, type RouterDispatch } from './api-router';

const FORBIDDEN: ApiResponse<never> = {
  ok: false,
  error: { code: 'forbidden', params: { reason: 'sender' } },
};

/** What the sender check looks at, the same for invoke (calls) and send (cancels). */
export type IpcSenderEvent = Pick<IpcMainInvokeEvent | IpcMainEvent, 'sender' | 'senderFrame'>;

export function registerApiIpc(
  dispatch: RouterDispatch,
  isTrusted: (event: IpcSenderEvent) => boolean,
): () => void {
  const router = createApiRouter(dispatch);
  const watched = new WeakSet<object>();
  ipcMain.handle(API_CALL_CHANNEL, (event, message: unknown) => {
    if (!isTrusted(event)) {
      const method = isCallMessage(message) ? message.method : undefined;
      process.stderr.write(
        `[barabar] refused ${String(method ?? 'a call').slice(0, 100)} from ${event.senderFrame?.url ?? 'a destroyed frame'}\n`,
      );
      return FORBIDDEN;
    }
    // A page that goes away takes its jobs with it.
    const sender = event.sender;
    if (!watched.has(sender)) {
      watched.add(sender);
      const id = sender.id;
      sender.once('destroyed', () => router.forget(id));
    }
    return router.call(sender, message);
  });
  const onCancel = (event: IpcMainEvent, job: unknown): void => {
    if (isTrusted(event)) router.cancel(event.sender, job);
  };
  ipcMain.on(JOB_CANCEL_CHANNEL, onCancel);
  return () => {
    ipcMain.removeHandler(API_CALL_CHANNEL);
    ipcMain.removeListener(JOB_CANCEL_CHANNEL, onCancel);
  };
}
