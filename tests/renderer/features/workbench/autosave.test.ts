import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ApiCallError } from '../../../../src/renderer/src/api/api-call-error';
import { AutosaveQueue, type SaveState } from '../../../../src/renderer/src/features/workbench/autosave';

describe('AutosaveQueue', () => {
  let saves: { index: number; text: string; keepalive: boolean }[];
  let states: SaveState[];
  let fail: boolean;
  let queue: AutosaveQueue;

  beforeEach(() => {
    vi.useFakeTimers();
    saves = [];
    states = [];
    fail = false;
    queue = new AutosaveQueue({
      delayMs: 500,
      save: async (index, text, { keepalive }) => {
        if (fail) throw new Error('offline');
        saves.push({ index, text, keepalive });
      },
      onState: (s) => states.push(s),
    });
  });
  afterEach(() => vi.useRealTimers());

  test('saves once, 500 ms after typing stops, with the latest text', async () => {
    queue.schedule(3, 'T');
    await vi.advanceTimersByTimeAsync(300);
    queue.schedule(3, 'Th');
    await vi.advanceTimersByTimeAsync(300);
    queue.schedule(3, 'The');
    expect(saves).toEqual([]);
    await vi.advanceTimersByTimeAsync(499);
    expect(saves).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saves).toEqual([{ index: 3, text: 'The', keepalive: false }]);
    expect(states).toEqual(['pending', 'saving', 'saved']);
  });

  test('flush saves every pending segment at once (segment change, blur)', async () => {
    queue.schedule(1, 'one');
    queue.schedule(2, 'two');
    await queue.flush();
    expect(saves.map((s) => s.index).sort()).toEqual([1, 2]);
    expect(queue.hasPending()).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(saves).toHaveLength(2);
  });

  test('the unload flush marks requests keepalive', async () => {
    queue.schedule(1, 'bye');
    await queue.flush({ keepalive: true });
    expect(saves).toEqual([{ index: 1, text: 'bye', keepalive: true }]);
  });

  test('a failed save stays pending, shows the error and succeeds on the next flush', async () => {
    fail = true;
    queue.schedule(5, 'draft');
    await queue.flush();
    expect(queue.currentState).toBe('error');
    expect(queue.hasPending()).toBe(true);
    fail = false;
    await queue.flush();
    expect(saves).toEqual([{ index: 5, text: 'draft', keepalive: false }]);
    expect(queue.currentState).toBe('saved');
  });

  test('a failed save does not overwrite a newer edit of the same segment', async () => {
    let release: () => void = () => undefined;
    const q = new AutosaveQueue({
      save: (index, text) =>
        new Promise<void>((res, rej) => {
          saves.push({ index, text, keepalive: false });
          // The old text's save hangs until released, then fails; the newer text saves at once.
          if (text === 'old') release = () => rej(new Error('offline'));
          else res();
        }),
      onState: () => undefined,
    });
    q.schedule(1, 'old');
    const first = q.flush();
    await vi.waitFor(() => expect(saves).toHaveLength(1));
    q.schedule(1, 'new');
    release();
    await first;
    await q.flush();
    expect(saves.map((s) => s.text)).toEqual(['old', 'new']);
  });

  test('a busy database is retried with backoff, not reported as a failure', async () => {
    let busy = 3;
    const seen: SaveState[] = [];
    const q = new AutosaveQueue({
      retryDelaysMs: [100, 200, 400, 800],
      save: async (index, text) => {
        saves.push({ index, text, keepalive: false });
        if (busy-- > 0) throw new ApiCallError('db_busy');
      },
      onState: (s) => seen.push(s),
    });
    q.schedule(7, 'held');
    const done = q.flush();
    await vi.advanceTimersByTimeAsync(100 + 200);
    expect(saves).toHaveLength(3);
    expect(q.currentState).toBe('saving');
    await vi.advanceTimersByTimeAsync(400);
    await done;
    expect(saves.map((s) => s.text)).toEqual(['held', 'held', 'held', 'held']);
    expect(q.currentState).toBe('saved');
    expect(seen).not.toContain('error');
  });

  test('a database still busy after every retry is reported and kept pending', async () => {
    const q = new AutosaveQueue({
      retryDelaysMs: [100, 100],
      save: async () => {
        throw new ApiCallError('db_busy');
      },
      onState: () => undefined,
    });
    q.schedule(1, 'x');
    const done = q.flush();
    await vi.advanceTimersByTimeAsync(250);
    await done;
    expect(q.currentState).toBe('error');
    expect(q.hasPending()).toBe(true);
  });

  test('other errors are not retried', async () => {
    let calls = 0;
    const q = new AutosaveQueue({
      retryDelaysMs: [100],
      save: async () => {
        calls++;
        throw new ApiCallError('validation', { field: 'target' });
      },
      onState: () => undefined,
    });
    q.schedule(1, 'x');
    await q.flush();
    expect(calls).toBe(1);
    expect(q.currentState).toBe('error');
  });

  test('a newer edit during the backoff is saved instead of the older text', async () => {
    let first = true;
    const q = new AutosaveQueue({
      retryDelaysMs: [100],
      save: async (index, text) => {
        saves.push({ index, text, keepalive: false });
        if (first) {
          first = false;
          throw new ApiCallError('db_busy');
        }
      },
      onState: () => undefined,
      delayMs: 50,
    });
    q.schedule(2, 'old');
    const done = q.flush();
    await vi.advanceTimersByTimeAsync(10);
    q.schedule(2, 'new');
    await vi.advanceTimersByTimeAsync(200);
    await done;
    await q.flush();
    expect(saves.map((s) => s.text)).toEqual(['old', 'new']);
    expect(q.currentState).toBe('saved');
  });
});
