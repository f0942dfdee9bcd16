/**
 * The preload and the IPC handlers, with Electron's modules replaced by recorders (the Electron
 * binary cannot run here). What is real: our code, the method list, the dispatcher.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiHandlers } from '../../src/shared/api';
import { API_METHOD_NAMES, APP_EVENT_CHANNEL } from '../../src/shared/api-methods';
import type { BarabarBridge } from '../../src/shared/api-methods';
import { createDispatcher } from '../../src/server/dispatch';

const electron = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  const listeners = new Map<string, ((...args: unknown[]) => void)[]>();
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  return {
    exposed,
    listeners,
    handlers,
    invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, result: { channel, input } })),
  };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value) },
  ipcRenderer: {
    invoke: electron.invoke,
    on: (channel: string, fn: (...args: unknown[]) => void) =>
      electron.listeners.set(channel, [...(electron.listeners.get(channel) ?? []), fn]),
    removeListener: (channel: string, fn: (...args: unknown[]) => void) =>
      electron.listeners.set(
        channel,
        (electron.listeners.get(channel) ?? []).filter((f) => f !== fn),
      ),
  },
  ipcMain: {
    handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => unknown) => {
      if (electron.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      electron.handlers.set(channel, fn);
    },
    removeHandler: (channel: string) => electron.handlers.delete(channel),
  },
}));

describe('preload', () => {
  let bridge: BarabarBridge;
  beforeEach(async () => {
    await import('../../src/preload/index');
    bridge = electron.exposed.get('barabar') as BarabarBridge;
  });

  it('exposes exactly { api, onEvent } under window.barabar and nothing else', () => {
    expect([...electron.exposed.keys()]).toEqual(['barabar']);
    expect(Object.keys(bridge).sort()).toEqual(['api', 'onEvent']);
    expect(Object.keys(bridge.api).sort()).toEqual([...API_METHOD_NAMES].sort());
  });

  it('sends each method on its own channel with the input untouched', async () => {
    for (const method of API_METHOD_NAMES) {
      const input = { probe: method };
      const res = await (bridge.api[method] as (i: unknown) => Promise<unknown>)(input);
      expect(res).toEqual({ ok: true, result: { channel: `api:${method}`, input } });
    }
    expect(electron.invoke).toHaveBeenCalledTimes(API_METHOD_NAMES.length);
  });

  it('delivers events without the IPC event object, and unsubscribes', () => {
    const seen: unknown[] = [];
    const off = bridge.onEvent((e) => seen.push(e));
    const emit = (payload: unknown): void => {
      for (const fn of electron.listeners.get(APP_EVENT_CHANNEL) ?? [])
        fn({ sender: 'secret ipcRenderer' }, payload);
    };
    emit({ type: 'glossary-changed' });
    emit({ type: 'open-view', view: 'qa', extra: 'dropped' });
    off();
    emit({ type: 'documents-changed' });
    expect(seen).toEqual([{ type: 'glossary-changed' }, { type: 'open-view', view: 'qa' }]);
    expect(electron.listeners.get(APP_EVENT_CHANNEL)).toEqual([]);
  });
});

describe('registerApiIpc', () => {
  it('registers one handler per method, checks the sender, then validates through the dispatcher', async () => {
    const { registerApiIpc } = await import('../../src/main/ipc');
    const calls: string[] = [];
    const handlers = Object.fromEntries(
      API_METHOD_NAMES.map((m) => [
        m,
        (input: unknown) => {
          calls.push(m);
          return { handled: m, input };
        },
      ]),
    ) as unknown as ApiHandlers;
    const trusted = { frame: 'ours' };
    const unregister = registerApiIpc(createDispatcher(handlers), (event) => event === (trusted as never));
    expect([...electron.handlers.keys()].sort()).toEqual(API_METHOD_NAMES.map((m) => `api:${m}`).sort());

    const getDoc = electron.handlers.get('api:documents.get');
    expect(await getDoc?.(trusted, { id: 3 })).toEqual({
      ok: true,
      result: { handled: 'documents.get', input: { id: 3 } },
    });
    expect(await getDoc?.(trusted, { id: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'validation', params: { field: 'id' } },
    });

    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const foreign = { senderFrame: { url: 'https://evil.example/' } };
    expect(await getDoc?.(foreign, { id: 3 })).toEqual({
      ok: false,
      error: { code: 'forbidden', params: { reason: 'sender' } },
    });
    expect(String(stderr.mock.calls[0]?.[0])).toContain('https://evil.example/');
    stderr.mockRestore();
    expect(calls).toEqual(['documents.get']);

    unregister();
    expect(electron.handlers.size).toBe(0);
  });
});
