/**
 * A cancel that comes from outside the import (a door's Cancel button, Ctrl+C in the CLI) reaches it
 * while it runs: the import gives the event loop turns at its checkpoints, and the abort rolls the whole
 * transaction back.
 */
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../src/shared/errors';
import { useTmApi } from './setup';

const setup = useTmApi();

function tmx(n: number): string {
  const tu = (i: number): string =>
    `<tu><tuv xml:lang="fa"><seg>در پایان دیدار ${i} دو طرف بر همکاری تأکید کردند</seg></tuv>` +
    `<tuv xml:lang="en"><seg>At the end of meeting ${i} both sides stressed cooperation</seg></tuv></tu>\n`;
  return `<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="fa"/><body>\n${Array.from(
    { length: n },
    (_, i) => tu(i),
  ).join('')}</body></tmx>\n`;
}

describe('TMX import cancelled from outside', () => {
  it('stops mid-way when an AbortController outside the import aborts, importing nothing', async () => {
    const { api } = setup();
    const total = 60_000;
    const before = api.services.tm.list();
    const controller = new AbortController();
    let units = 0;
    // The abort comes from a timer, once units are written: it can only land if the import yields.
    const timer = setInterval(() => {
      if (units > 0) controller.abort();
    }, 1);
    const outcome = await api.services.tm
      .importTmx(tmx(total), 'big.tmx', 'big', {
        call: { signal: controller.signal, progress: (p) => (units = p.done) },
      })
      .then(
        (r) => r,
        (e: unknown) => e,
      );
    clearInterval(timer);
    expect(outcome).toBeInstanceOf(AppError);
    expect((outcome as AppError).code).toBe('cancelled');
    expect(units).toBeGreaterThan(0);
    expect(units).toBeLessThan(total);
    expect(api.services.tm.list()).toEqual(before);
    expect(api.services.tm.lookup('در پایان دیدار 1 دو طرف بر همکاری تأکید کردند')).toEqual([]);
    // The connection is out of the transaction: the same name imports afterwards.
    expect((await api.services.tm.importTmx(tmx(3), 'small.tmx', 'big')).units).toBe(3);
  });

  it('leaves a preview (dry run) uncommitted too', async () => {
    const { api } = setup();
    const before = api.services.tm.list();
    const r = await api.services.tm.importTmx(tmx(10), 'p.tmx', 'preview', { dryRun: true });
    expect(r.units).toBe(10);
    expect(api.services.tm.list()).toEqual(before);
  });
});
