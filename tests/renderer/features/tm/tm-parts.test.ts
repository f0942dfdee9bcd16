/** The match panel's and the concordance's pure parts: highlighting, stale lookups, memory names. */
import { describe, expect, it } from 'vitest';
import { LatestCall } from '../../../../src/renderer/src/features/tm/latest-call';
import { memoryNameOf } from '../../../../src/renderer/src/features/tm/memory-name';
import { markRanges } from '../../../../src/renderer/src/features/tm/text-parts';

describe('markRanges', () => {
  it('splits a text at the ranges, merging overlaps and ignoring empty or outside ones', () => {
    const text = 'وزیر امور خارجه ایران';
    expect(markRanges(text, [{ start: 5, end: 9 }])).toEqual([
      { text: 'وزیر ', marked: false },
      { text: 'امور', marked: true },
      { text: ' خارجه ایران', marked: false },
    ]);
    expect(
      markRanges('abcdef', [
        { start: 3, end: 5 },
        { start: 0, end: 2 },
        { start: 1, end: 3 },
        { start: 4, end: 4 },
        { start: 9, end: 12 },
      ]),
    ).toEqual([
      { text: 'abc', marked: true },
      { text: 'de', marked: true },
      { text: 'f', marked: false },
    ]);
    expect(markRanges('abc', [])).toEqual([{ text: 'abc', marked: false }]);
  });
});

describe('LatestCall', () => {
  it('aborts the earlier request and hands only the newest answer on', async () => {
    const latest = new LatestCall<string>();
    const signals: AbortSignal[] = [];
    const resolvers: ((v: string) => void)[] = [];
    const call = (signal: AbortSignal): Promise<string> => {
      signals.push(signal);
      return new Promise((res) => resolvers.push(res));
    };
    const first = latest.run(call);
    const second = latest.run(call);
    expect(signals[0]?.aborted).toBe(true);
    expect(signals[1]?.aborted).toBe(false);
    resolvers[1]?.('new');
    resolvers[0]?.('old');
    expect(await first).toBeNull();
    expect(await second).toBe('new');
  });

  it('swallows the failure of a superseded request but not of the current one', async () => {
    const latest = new LatestCall<string>();
    const stale = latest.run(() => new Promise((_, rej) => setTimeout(() => rej(new Error('stale')), 5)));
    latest.cancel();
    expect(await stale).toBeNull();
    await expect(latest.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  });
});

describe('memoryNameOf', () => {
  it('names a reference memory after its file', () => {
    expect(memoryNameOf('C:\\tm\\news-2024.TMX')).toBe('news-2024');
    expect(memoryNameOf('/home/a/ap.tmx')).toBe('ap');
    expect(memoryNameOf('.tmx')).toBe('memory');
    expect(memoryNameOf(`${'x'.repeat(150)}.tmx`)).toHaveLength(100);
  });
});
