/** One ipcMain.handle per API method; every call passes the sender check, then the shared dispatcher. */
import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import type { ApiResponse } from '../shared/api';
import { API_METHOD_NAMES, ipcChannelOf } from '../shared/api-methods';
import type { Dispatch } from '../server/dispatch';

const FORBIDDEN: ApiResponse<never> = {
  ok: false,
  error: { code: 'forbidden', params: { reason: 'sender' } },
};

export function registerApiIpc(
  dispatch: Dispatch,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
): () => void {
  for (const method of API_METHOD_NAMES) {
    ipcMain.handle(ipcChannelOf(method), (event, input: unknown) => {
      if (!isTrusted(event)) {
        process.stderr.write(
          `[barabar] refused ${method} from ${event.senderFrame?.url ?? 'a destroyed frame'}\n`,
        );
        return FORBIDDEN;
      }
      return dispatch(method, input);
    });
  }
  return () => {
    for (const method of API_METHOD_NAMES) ipcMain.removeHandler(ipcChannelOf(method));
  };
}
