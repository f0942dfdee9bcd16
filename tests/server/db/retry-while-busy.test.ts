/** Statements SQLite fails at once on a busy database (no busy handler) are tried again, within a limit. */
import { describe, expect, it } from 'vitest';
import { isBusyError, retryWhileBusy } from '../../../src/server/db/write';

const sqliteError = (code: string): Error => Object.assign(new Error(code), { code });

/** A clock that moves only when the retry sleeps. */
function fakeTime() {
  let t = 0;
  const slept: number[] = [];
  return {
    slept,
    now: () => t,
    sleep: (ms: number) => {
      slept.push(ms);
      t += ms;
    },
  };
}

describe('retryWhileBusy', () => {
  it('tries again while the database is busy, waiting longer each time, and returns the result', () => {
    const clock = fakeTime();
    let calls = 0;
    const value = retryWhileBusy(
      () => {
        calls++;
        if (calls < 4) throw sqliteError(calls === 2 ? 'SQLITE_PROTOCOL' : 'SQLITE_BUSY');
        return 'wal';
      },
      5000,
      clock.sleep,
      clock.now,
    );
    expect(value).toBe('wal');
    expect(calls).toBe(4);
    expect(clock.slept).toEqual([5, 10, 20]);
  });

  it('throws the busy error once the time is up, and any other error at once', () => {
    const clock = fakeTime();
    expect(() =>
      retryWhileBusy(
        () => {
          throw sqliteError('SQLITE_BUSY');
        },
        300,
        clock.sleep,
        clock.now,
      ),
    ).toThrow('SQLITE_BUSY');
    expect(clock.now()).toBe(300);
    let calls = 0;
    expect(() =>
      retryWhileBusy(
        () => {
          calls++;
          throw sqliteError('SQLITE_CORRUPT');
        },
        300,
        clock.sleep,
        clock.now,
      ),
    ).toThrow('SQLITE_CORRUPT');
    expect(calls).toBe(1);
  });

  it('counts lock contention as busy, other SQLite errors not', () => {
    for (const code of ['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_LOCKED', 'SQLITE_PROTOCOL'])
      expect(isBusyError(sqliteError(code))).toBe(true);
    for (const code of ['SQLITE_BUSYX', 'SQLITE_CORRUPT', 'SQLITE_CONSTRAINT_UNIQUE'])
      expect(isBusyError(sqliteError(code))).toBe(false);
    expect(isBusyError(new Error('busy'))).toBe(false);
  });
});
