/** The database fixture closes what a test opened, even when the test failed before its end. */
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useApi } from './db';

describe('useApi', () => {
  const { openApi } = useApi();
  let opened: ReturnType<typeof openApi> | undefined;

  it.fails('a failing test still has its database closed afterwards', () => {
    opened = openApi();
    expect(opened.services).toBeUndefined(); // fails on purpose: the fixture, not this body, closes
  });

  it('closed the previous test’s database and removed its directory', () => {
    expect(opened).toBeDefined();
    expect(() => opened!.services.documents.list()).toThrow(/not open/);
    expect(existsSync(dirname(opened!.dbPath))).toBe(false);
  });

  afterAll(() => opened?.close());
});
