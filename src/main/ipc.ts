/**
 * The one IPC channel of the API: every call passes the sender check, then the shared dispatcher, which
 * validates the method name and the input exactly as it does for HTTP and the CLI.
 */
import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import type { ApiResponse } from '../shared/api';
import { API_CALL_CHANNEL } from '../shared/api/bridge';
import type { Dispatch } from '../server/dispatch';

const FORBIDDEN: ApiResponse<never> = {
  ok: false,
  error: { code: 'forbidden', params: { reason: 'sender' } },
};

const BAD_MESSAGE: ApiResponse<never> = {
  ok: false,
  error: { code: 'validation', params: { field: 'message', message: 'expected { method, input }' } },
};

export function registerApiIpc(
  dispatch: Dispatch,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
): () => void {
  ipcMain.handle(API_CALL_CHANNEL, (event, message: unknown) => {
    const method = isCallMessage(message) ? message.method : undefined;
    if (!isTrusted(event)) {
      process.stderr.write(
        `[barabar] refused ${String(method ?? 'a call').slice(0, 100)} from ${event.senderFrame?.url ?? 'a destroyed frame'}\n`,
      );
      return FORBIDDEN;
    }
    if (!isCallMessage(message)) return BAD_MESSAGE;
    return dispatch(message.method, message.input);
  });
  return () => ipcMain.removeHandler(API_CALL_CHANNEL);
}

function isCallMessage(value: unknown): value is { method: string; input: unknown } {
  return (
    typeof value === 'object' && value !== null && typeof (value as { method?: unknown }).method === 'string'
  );
}
