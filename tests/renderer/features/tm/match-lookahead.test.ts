/** The match panel's look-ahead: background lookups one at a time, answers kept only while they hold. */
import { describe, expect, it } from 'vitest';
import {
  KEEP,
  MatchLookahead,
  type LookupRequest,
} from '../../../../src/renderer/src/features/tm/match-lookahead';
import type { TmMatch } from '../../../../src/shared/tm';

const SOURCES = [
  'وزیر امور خارجه ایران در پایان این دیدار گفت',
  'قیمت نفت در بازارهای جهانی کاهش یافت',
  'رئیس جمهور به استان خوزستان سفر کرد',
];
const req = (index: number, min = 70): LookupRequest => ({
  documentId: 1,
  index,
  source: SOURCES[index] ?? '',
  min,
  glossary: 0,
});
const matchFor = (r: LookupRequest): TmMatch[] => [
  {
    score: 100,
    source: r.source,
    target: `T${r.index}`,
    origin: 'ref',
    adapted: false,
    reasons: [],
    storedTarget: `T${r.index}`,
    diff: [{ kind: 'equal', text: r.source }],
    unitId: r.index,
    author: 'test',
    changedAt: '2026-12-02T00:00:00Z',
  },
];

/** A server that answers when told to, recording what it was asked. */
function server() {
  const asked: LookupRequest[] = [];
  const waiting: (() => void)[] = [];
  let failing = false;
  return {
    asked,
    fail: () => (failing = true),
    ask: (r: LookupRequest): Promise<TmMatch[]> => {
      asked.push(r);
      return new Promise((resolve, reject) =>
        waiting.push(() => (failing ? reject(new Error('busy')) : resolve(matchFor(r)))),
      );
    },
    /** Answer the oldest question and let the look-ahead go on to the next. */
    async answer(): Promise<void> {
      waiting.shift()?.();
      for (let i = 0; i < 5; i++) await Promise.resolve();
    },
  };
}

describe('MatchLookahead', () => {
  it('looks the next segments up one at a time, in order, and keeps their answers', async () => {
    const s = server();
    const ahead = new MatchLookahead(s.ask, () => []);
    ahead.ahead([req(1), req(2)]);
    expect(s.asked.map((r) => r.index)).toEqual([1]);
    expect(ahead.take(req(1))).toBeUndefined();
    await s.answer();
    expect(s.asked.map((r) => r.index)).toEqual([1, 2]);
    await s.answer();
    expect(ahead.take(req(1))?.[0]?.target).toBe('T1');
    expect(ahead.take(req(2))?.[0]?.target).toBe('T2');
    // Another threshold or glossary is another question.
    expect(ahead.take(req(1, 80))).toBeUndefined();
    expect(ahead.take({ ...req(1), glossary: 1 })).toBeUndefined();
    // Asked again for kept segments, it does not ask the server twice.
    ahead.ahead([req(2), req(1)]);
    expect(s.asked).toHaveLength(2);
  });

  it('drops a kept answer when a memory unit that could be among its matches changed since it was asked', async () => {
    const s = server();
    const edits: string[] = ['رئیس جمهور به استان خوزستان سفر کرد'];
    const ahead = new MatchLookahead(s.ask, () => edits);
    ahead.ahead([req(0), req(1)]);
    await s.answer();
    await s.answer();
    // An edit logged before the lookups were sent is already in their answers.
    expect(ahead.take(req(0))).toBeDefined();
    // A confirmed segment far from both sources changes neither answer.
    edits.push('خبرگزاری ایرنا گزارش داد');
    expect(ahead.take(req(0))).toBeDefined();
    expect(ahead.take(req(1))).toBeDefined();
    // A respelling of source 0 (Arabic yeh) scores 100 against it: that answer goes, the other stays.
    edits.push('وزير امور خارجه ايران در پايان اين ديدار گفت');
    expect(ahead.take(req(0))).toBeUndefined();
    expect(ahead.take(req(1))).toBeDefined();
  });

  it('hands the panel a lookup in flight, checked against the edits made while it ran', async () => {
    const s = server();
    const edits: string[] = [];
    const ahead = new MatchLookahead(s.ask, () => edits);
    ahead.ahead([req(1), req(2)]);
    const early = ahead.pending(req(1));
    expect(early).toBeDefined();
    expect(ahead.pending(req(2))).toBeUndefined();
    await s.answer();
    expect((await early)?.[0]?.target).toBe('T1');
    const late = ahead.pending(req(2));
    edits.push(SOURCES[2] as string);
    await s.answer();
    expect(await late).toBeNull();
    expect(s.asked).toHaveLength(2);
  });

  it('keeps nothing from a failed lookup or from before clear()', async () => {
    const s = server();
    const ahead = new MatchLookahead(s.ask, () => []);
    ahead.ahead([req(1), req(2)]);
    s.fail();
    await s.answer();
    expect(ahead.take(req(1))).toBeUndefined();
    ahead.clear();
    await s.answer();
    expect(ahead.take(req(2))).toBeUndefined();
    expect(ahead.pending(req(2))).toBeUndefined();
  });

  it('keeps a bounded number of answers, the oldest going first', () => {
    const ahead = new MatchLookahead(
      () => Promise.resolve([]),
      () => [],
    );
    const n = KEEP + 36;
    for (let i = 0; i < n; i++) ahead.keep({ ...req(0), index: i }, [], 0);
    expect(ahead.take({ ...req(0), index: 0 })).toBeUndefined();
    expect(ahead.take({ ...req(0), index: n - 1 })).toEqual([]);
    expect(ahead.take({ ...req(0), index: 36 })).toEqual([]);
    expect(ahead.take({ ...req(0), index: 35 })).toBeUndefined();
  });

  it('walks the rest of the report only after a pause on the segment, and a move takes priority', async () => {
    const s = server();
    // Timers fire in the order they were set: each sleep below is set after the walk's own timer.
    const ahead = new MatchLookahead(s.ask, () => [], { idleMs: 150, pauseMs: 5 });
    const far = (i: number): LookupRequest => ({ ...req(0), index: i });
    ahead.ahead([req(1)], [far(10), far(11), far(12)]);
    await s.answer();
    // The near one is kept; the walk waits for the pause.
    expect(s.asked.map((r) => r.index)).toEqual([1]);
    await sleep(200);
    expect(s.asked.map((r) => r.index)).toEqual([1, 10]);
    await s.answer();
    await sleep(30);
    expect(s.asked.map((r) => r.index)).toEqual([1, 10, 11]);
    // A move while the walk runs: its near lookup goes next, at once; the walk waits for a new pause.
    ahead.ahead([req(2)], [far(12), far(10)]);
    await s.answer();
    expect(s.asked.map((r) => r.index)).toEqual([1, 10, 11, 2]);
    await s.answer();
    await sleep(30);
    expect(s.asked).toHaveLength(4);
    // After the pause: 12 is asked, 10 (kept) is not asked again.
    await sleep(200);
    expect(s.asked.map((r) => r.index)).toEqual([1, 10, 11, 2, 12]);
    await s.answer();
    await sleep(30);
    expect(s.asked).toHaveLength(5);
    expect(ahead.take(far(12))?.[0]?.target).toBe('T12');
    // clear() ends a walk that is waiting.
    ahead.ahead([], [far(13)]);
    ahead.clear();
    await sleep(200);
    expect(s.asked).toHaveLength(5);
  });
});

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
