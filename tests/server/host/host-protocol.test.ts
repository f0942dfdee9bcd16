import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { HostPort } from '../../../src/server/host/protocol';
import { createHostClient } from '../../../src/server/host/host-client';
import { serveHost, type HostDispatch } from '../../../src/server/host/serve-host';
import type { JobProgress } from '../../../src/shared/jobs';

const channels: MessageChannel[] = [];
afterEach(() => {
  for (const c of channels.splice(0)) {
    c.port1.close();
    c.port2.close();
  }
});

/** Both ends of a real worker_threads MessageChannel, as the host and the door see them. */
function connect(dispatch: HostDispatch) {
  const channel = new MessageChannel();
  channels.push(channel);
  const adapt = <O, I>(p: MessageChannel['port1']): HostPort<O, I> => ({
    post: (m) => p.postMessage(m),
    onMessage(listener) {
      p.on('message', listener);
      return () => p.off('message', listener);
    },
  });
  const stop = serveHost(adapt(channel.port2), dispatch);
  return { client: createHostClient(adapt(channel.port1)), stop };
}

describe('service host protocol', () => {
  it('answers calls by id, forwards progress, and turns an abort into a cancel the job sees', async () => {
    const { client } = connect(async (method, input, call) => {
      if (method === 'echo') return { ok: true, result: input };
      // A job: reports progress until it is cancelled, then says so.
      for (let done = 0; ; done++) {
        call.progress({ phase: 'write', done, total: 1_000_000 });
        await new Promise((r) => setTimeout(r, 60));
        if (call.signal.aborted) return { ok: false, error: { code: 'cancelled', params: { done } } };
      }
    });
    const seen: JobProgress[] = [];
    const controller = new AbortController();
    const job = client.dispatch(
      'long',
      {},
      {
        signal: controller.signal,
        progress: (p) => {
          seen.push(p);
          if (seen.length === 2) controller.abort();
        },
      },
    );
    // A short call sent after the job started is answered while the job is still running.
    expect(await client.dispatch('echo', { n: 1 })).toEqual({ ok: true, result: { n: 1 } });
    const result = await job;
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(seen[0]).toEqual({ phase: 'write', done: 0, total: 1_000_000 });
    expect(client.pending()).toBe(0);
  });

  it('answers every waiting call with an error when the host is lost', async () => {
    const { client, stop } = connect(() => new Promise(() => undefined));
    stop();
    const waiting = client.dispatch('never', {});
    client.lost('exit 1');
    expect(await waiting).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(await client.dispatch('after', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
