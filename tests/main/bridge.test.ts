/**
 * The preload and the IPC handler, with Electron's modules replaced by recorders (the Electron
 * binary cannot run here). What is real: our code, the contract, the dispatcher.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { API_METHODS, type ApiMethod } from '../../src/shared/api';
import { API_CALL_CHANNEL, APP_EVENT_CHANNEL, JOB_CANCEL_CHANNEL } from '../../src/shared/api/bridge';
import type { BarabarBridge } from '../../src/shared/api/bridge';
import { createDispatcher } from '../../src/server/dispatch';
import type { ApiHandlers } from '../../src/server/methods';

const electron = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  const listeners = new Map<string, ((...args: unknown[]) => void)[]>();
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  return {
    exposed,
    listeners,
    handlers,
    invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, result: { channel, input } })),
    sent: [] as [string, unknown][],
    mainListeners: new Map<string, (event: unknown, ...args: unknown[]) => void>(),
  };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value) },
  ipcRenderer: {
    invoke: electron.invoke,
    send: (channel: string, message: unknown) => electron.sent.push([channel, message]),
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
    on: (channel: string, fn: (event: unknown, ...args: unknown[]) => void) =>
      electron.mainListeners.set(channel, fn),
    removeListener: (channel: string) => electron.mainListeners.delete(channel),
  },
}));

describe('preload', () => {
  let bridge: BarabarBridge;
  beforeEach(async () => {
    await import('../../src/preload/index');
    bridge = electron.exposed.get('barabar') as BarabarBridge;
  });

  it('exposes exactly { call, cancel, onEvent } under window.barabar and nothing else', () => {
    expect([...electron.exposed.keys()]).toEqual(['barabar']);
    expect(Object.keys(bridge).sort()).toEqual(['call', 'cancel', 'onEvent']);
  });

  it('numbers a long job in its message and cancels it by that number alone', async () => {
    const res = await bridge.call(
      'glossary.export',
      { format: 'tsv' },
      { id: 4, onProgress: () => undefined },
    );
    expect(res).toEqual({
      ok: true,
      result: {
        channel: API_CALL_CHANNEL,
        input: { method: 'glossary.export', input: { format: 'tsv' }, job: 4 },
      },
    });
    bridge.cancel(4);
    expect(electron.sent).toEqual([[JOB_CANCEL_CHANNEL, 4]]);
    electron.invoke.mockClear();
  });

  it('sends every call on the one channel as { method, input }, the input untouched', async () => {
    for (const method of [...API_METHODS, 'not.declared']) {
      const input = { probe: method };
      const res = await bridge.call(method as ApiMethod, input as never);
      expect(res).toEqual({ ok: true, result: { channel: API_CALL_CHANNEL, input: { method, input } } });
    }
    expect(electron.invoke).toHaveBeenCalledTimes(API_METHODS.length + 1);
  });

  it('carries no method list and no zod (the sandboxed bundle stays small)', () => {
    const source = readFileSync(new URL('../../src/preload/index.ts', import.meta.url), 'utf8');
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(imports.sort()).toEqual(['./bridge', 'electron']);
    const own = readFileSync(new URL('../../src/preload/bridge.ts', import.meta.url), 'utf8');
    const ownImports = [...own.matchAll(/^import (type )?[^;]*?from '([^']+)'/gms)].map(
      (m) => `${m[1] ?? ''}${m[2]}`,
    );
    expect(ownImports.sort()).toEqual(['../shared/api/bridge', 'type ../shared/api/bridge', 'type electron']);
    const bridgeSource = readFileSync(new URL('../../src/shared/api/bridge.ts', import.meta.url), 'utf8');
    expect(bridgeSource).not.toMatch(/^import (?!type)/m);
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
  it('registers one channel, checks the sender, then validates through the dispatcher', async () => {
    const { registerApiIpc } = await import('../../src/main/ipc');
    const calls: string[] = [];
    const handlers = Object.fromEntries(
      API_METHODS.map((m) => [
        m,
        (input: unknown) => {
          calls.push(m);
          return { handled: m, input };
        },
      ]),
    ) as unknown as ApiHandlers;
    const trusted = { frame: 'ours', sender: { id: 1, once: () => undefined } };
    const unregister = registerApiIpc(createDispatcher(handlers), (event) => event === (trusted as never));
    expect([...electron.handlers.keys()]).toEqual([API_CALL_CHANNEL]);
    expect([...electron.mainListeners.keys()]).toEqual([JOB_CANCEL_CHANNEL]);
    const call = electron.handlers.get(API_CALL_CHANNEL)!;

    expect(await call(trusted, { method: 'documents.get', input: { id: 3 } })).toEqual({
      ok: true,
      result: { handled: 'documents.get', input: { id: 3 } },
    });
    expect(await call(trusted, { method: 'documents.get', input: { id: 'x' } })).toMatchObject({
      ok: false,
      error: { code: 'validation', params: { field: 'id' } },
    });
    expect(await call(trusted, { method: 'constructor', input: {} })).toEqual({
      ok: false,
      error: { code: 'not_found', params: { what: 'method', id: 'constructor' } },
    });
    for (const junk of [undefined, 'documents.list', { method: 5 }, null]) {
      expect(await call(trusted, junk)).toMatchObject({ ok: false, error: { code: 'validation' } });
    }

    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const foreign = { senderFrame: { url: 'https://evil.example/' } };
    expect(await call(foreign, { method: 'documents.get', input: { id: 3 } })).toEqual({
      ok: false,
      error: { code: 'forbidden', params: { reason: 'sender' } },
    });
    expect(String(stderr.mock.calls[0]?.[0])).toContain('https://evil.example/');
    stderr.mockRestore();
    expect(calls).toEqual(['documents.get']);

    unregister();
    expect(electron.handlers.size).toBe(0);
    expect(electron.mainListeners.size).toBe(0);
  });
});
