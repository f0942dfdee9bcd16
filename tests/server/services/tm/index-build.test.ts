import { describe, expect, it } from 'vitest';
import { useTmApi } from './setup';

const setup = useTmApi();

const SENTENCE = 'در پایان این دیدار دو طرف بر گسترش همکاری‌ها تأکید کردند.';
const NEAR = 'در پایان این نشست دو طرف بر گسترش همکاری‌ها تأکید کردند.';

async function confirmed(api: ReturnType<typeof setup>['api'], documentId: number): Promise<void> {
  await api.handlers['segments.saveTarget']({
    documentId,
    index: 1,
    target: 'At the end of the meeting both sides stressed wider cooperation.',
    status: 'translated',
  });
}

const untilReady = async (api: ReturnType<typeof setup>['api']): Promise<number> => {
  let turns = 0;
  while (!(await api.handlers['tm.status']({}, undefined)).ready) {
    await new Promise((r) => setImmediate(r));
    turns++;
  }
  return turns;
};

describe('the fuzzy index built in the background (tm.status, quick lookups)', () => {
  it('answers quick lookups with exact matches while it builds, and fuzzy ones once ready', async () => {
    const { api, a } = setup();
    await confirmed(api, a);
    // A fresh service on the same database: no index yet.
    const status = await api.handlers['tm.status']({}, undefined);
    expect(status).toEqual({ ready: false, done: 0, total: 1 });
    const quick = { min: 50, max: 5, quick: true };
    expect(
      (await api.handlers['tm.lookup']({ text: SENTENCE, ...quick }, undefined)).map((m) => m.score),
    ).toEqual([100]);
    expect(await api.handlers['tm.lookup']({ text: NEAR, ...quick }, undefined)).toEqual([]);
    expect(await untilReady(api)).toBeGreaterThan(0);
    expect(
      (await api.handlers['tm.lookup']({ text: NEAR, ...quick }, undefined)).map((m) => m.score),
    ).toEqual([90]);
  });

  it('is finished at once by a lookup that cannot wait, and sees units changed while it builds', async () => {
    const { api, a, b } = setup();
    await confirmed(api, a);
    expect((await api.handlers['tm.status']({}, undefined)).ready).toBe(false);
    // Confirmed while building: a unit added, and the first one replaced (deleted and added).
    await api.handlers['segments.saveTarget']({
      documentId: b,
      index: 1,
      target: 'The 2024 budget was passed.',
      status: 'translated',
    });
    await api.handlers['segments.saveTarget']({
      documentId: a,
      index: 1,
      target: 'At the end of the visit both sides stressed cooperation.',
      status: 'translated',
    });
    const full = api.services.tm.lookup(NEAR, { min: 50 });
    expect(full.map((m) => m.target)).toEqual(['At the end of the visit both sides stressed cooperation.']);
    expect(await api.handlers['tm.status']({}, undefined)).toEqual({ ready: true, done: 2, total: 2 });
    expect(api.services.tm.lookup('بودجه سال ۱۴۰۳ تصویب شد.')[0]?.storedTarget).toBe(
      'The 2024 budget was passed.',
    );
  });
});
