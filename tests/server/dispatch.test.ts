import { describe, expect, it, vi } from 'vitest';
import { API, API_METHODS, type ApiMethod } from '../../src/shared/api';
import { AppError } from '../../src/shared/errors';
import { createDispatcher } from '../../src/server/dispatch';
import type { ApiHandlers, CallContext } from '../../src/server/methods';

/** Every handler records its input; individual tests override the ones they exercise. */
function stubHandlers(
  overrides: Partial<Record<ApiMethod, (input: unknown, call?: CallContext) => unknown>> = {},
) {
  const calls: { method: string; input: unknown }[] = [];
  const handlers = Object.fromEntries(
    API_METHODS.map((m) => [
      m,
      (input: unknown, call?: CallContext) => {
        calls.push({ method: m, input });
        return overrides[m] ? overrides[m](input, call) : { echoed: m };
      },
    ]),
  ) as unknown as ApiHandlers;
  return { handlers, calls };
}

describe('createDispatcher', () => {
  it('routes each method to its own handler, and only after validation', async () => {
    const { handlers, calls } = stubHandlers();
    const dispatch = createDispatcher(handlers, { localDoor: true });
    for (const method of API_METHODS) {
      const res = await dispatch(method, {});
      // {} is valid for the parameterless methods and invalid for the rest: compare with the schema.
      if (API[method].input.safeParse({}).success)
        expect(res).toEqual({ ok: true, result: { echoed: method } });
      else expect(res.ok ? null : res.error.code).toBe('validation');
    }
    const reached = API_METHODS.filter((m) => API[m].input.safeParse({}).success);
    expect(calls.map((c) => c.method)).toEqual(reached);
    expect(reached.length).toBeGreaterThan(0);
  });

  it('serves a method that names a file on disk to the command line only, never over IPC or HTTP', async () => {
    const { handlers, calls } = stubHandlers();
    const input = { path: '/etc/passwd.tmx', name: 'x' };
    const remote = await createDispatcher(handlers)('tm.importFile', input);
    expect(remote).toEqual({
      ok: false,
      error: { code: 'not_found', params: { what: 'method', id: 'tm.importFile' } },
    });
    expect(calls).toEqual([]);
    const local = await createDispatcher(handlers, { localDoor: true })('tm.importFile', input);
    expect(local).toEqual({ ok: true, result: { echoed: 'tm.importFile' } });
    expect(API_METHODS.filter((m) => API[m].localOnly).sort()).toEqual([
      'glossary.importFile',
      'tm.importFile',
    ]);
  });

  it('answers not_found for unknown names, including Object.prototype members', async () => {
    const dispatch = createDispatcher(stubHandlers().handlers);
    for (const name of [
      'nope',
      'documents.lst',
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      '',
    ]) {
      expect(await dispatch(name, {})).toEqual({
        ok: false,
        error: { code: 'not_found', params: { what: 'method', id: name } },
      });
    }
  });

  it('passes the parsed input (unknown keys stripped) to the handler', async () => {
    const { handlers, calls } = stubHandlers({ 'documents.get': (i) => ({ got: i }) });
    const res = await createDispatcher(handlers)('documents.get', { id: 7, extra: 'dropped' });
    expect(res).toEqual({ ok: true, result: { got: { id: 7 } } });
    expect(calls).toEqual([{ method: 'documents.get', input: { id: 7 } }]);
  });

  it('treats a missing input as {} for methods without parameters', async () => {
    const { handlers } = stubHandlers({ 'app.info': (i) => ({ got: i }) });
    expect(await createDispatcher(handlers)('app.info', undefined)).toEqual({
      ok: true,
      result: { got: {} },
    });
  });

  it('reports the first invalid field by path without calling the handler', async () => {
    const { handlers, calls } = stubHandlers();
    const dispatch = createDispatcher(handlers);
    const res = await dispatch('segments.saveTarget', { documentId: 1, index: 0, target: 'a\nb' });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe('validation');
    expect(res.error.params.field).toBe('target');
    expect(res.error.params.message).toBe('a segment is one line');

    const nested = await dispatch('glossary.add', {
      entry: {
        subject: 'rank',
        terms: [
          { lang: 'fa', text: 'x', status: 'nope' },
          { lang: 'en', text: 'y', status: 'preferred' },
        ],
      },
    });
    expect(nested.ok ? null : nested.error.params.field).toBe('entry.terms.0.status');

    const whole = await dispatch('documents.list', []);
    expect(whole.ok ? null : whole.error).toMatchObject({ code: 'validation', params: { field: 'input' } });
    expect(calls).toEqual([]);
  });

  it('turns an AppError from a service into its envelope', async () => {
    const { handlers } = stubHandlers({
      'documents.get': () => {
        throw new AppError('not_found', { what: 'document', id: 9 });
      },
      'glossary.import': async () => {
        throw new AppError('parse', { file: 'g.tbx', line: 3, reason: 'bad' });
      },
    });
    const dispatch = createDispatcher(handlers);
    expect(await dispatch('documents.get', { id: 9 })).toEqual({
      ok: false,
      error: { code: 'not_found', params: { what: 'document', id: 9 } },
    });
    expect(await dispatch('glossary.import', { fileName: 'g.tbx', contentBase64: '' })).toEqual({
      ok: false,
      error: { code: 'parse', params: { file: 'g.tbx', line: 3, reason: 'bad' } },
    });
  });

  it('hides unexpected errors behind "internal" and logs the stack with a matching reference', async () => {
    const logError = vi.fn();
    const { handlers } = stubHandlers({
      'qa.run': () => {
        throw new TypeError('secret /home/alice/notes.txt SELECT * FROM x');
      },
    });
    const res = await createDispatcher(handlers, { logError })('qa.run', {});
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe('internal');
    const sent = JSON.stringify(res);
    expect(sent).not.toContain('secret');
    expect(sent).not.toContain('dispatch');
    expect(logError).toHaveBeenCalledTimes(1);
    const logged = String(logError.mock.calls[0]?.[0]);
    expect(logged).toContain('secret /home/alice/notes.txt');
    expect(logged).toContain('at '); // the stack, not just the message
    expect(logged).toContain(`ref ${String(res.error.params.ref)}`);
  });

  it('survives non-Error throws', async () => {
    const logError = vi.fn();
    const { handlers } = stubHandlers({
      'settings.get': () => {
        throw 'a string';
      },
    });
    const res = await createDispatcher(handlers, { logError })('settings.get', {});
    expect(res.ok ? null : res.error.code).toBe('internal');
    expect(logError).toHaveBeenCalledOnce();
  });

  it('refuses a lone surrogate anywhere in the input and names the field', async () => {
    const { handlers, calls } = stubHandlers();
    const dispatch = createDispatcher(handlers);
    const res = await dispatch('glossary.add', {
      entry: {
        subject: 'rank',
        terms: [
          { lang: 'fa', text: 'سرلشکر', status: 'preferred' },
          { lang: 'en', text: 'Major \ud800General', status: 'preferred' },
        ],
      },
    });
    expect(res).toEqual({
      ok: false,
      error: {
        code: 'validation',
        params: { field: 'entry.terms.1.text', message: 'contains invalid text (a lone surrogate)' },
      },
    });
    const trailing = await dispatch('segments.saveTarget', { documentId: 1, index: 0, target: 'x\udc00' });
    expect(trailing.ok ? null : trailing.error.params.field).toBe('target');
    // A proper pair (an emoji) is text, not an error.
    const pair = await dispatch('segments.saveTarget', { documentId: 1, index: 0, target: 'ok \u{1F600}' });
    expect(pair.ok).toBe(true);
    expect(calls.map((c) => c.method)).toEqual(['segments.saveTarget']);
  });

  it('hands the call context to the handler, and a default one when the door has none', async () => {
    const seen: (CallContext | undefined)[] = [];
    const { handlers } = stubHandlers({ 'qa.run': (_i, call) => seen.push(call) });
    const dispatch = createDispatcher(handlers);
    const controller = new AbortController();
    const progress: unknown[] = [];
    await dispatch('qa.run', {}, { progress: (p) => progress.push(p), signal: controller.signal });
    seen[0]?.progress({ done: 1, total: 2, phase: 'check' });
    expect(progress).toEqual([{ done: 1, total: 2, phase: 'check' }]);
    expect(seen[0]?.signal).toBe(controller.signal);
    await dispatch('qa.run', {});
    expect(seen[1]?.signal.aborted).toBe(false);
  });
});
