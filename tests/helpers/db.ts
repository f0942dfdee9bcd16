import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createApi, type CreateApiOptions } from '../../src/server/create-api';
import { useTempDir } from './temp';

type Api = ReturnType<typeof createApi>;

/**
 * A fixture for tests over a real database file: `openApi()` creates the API on a fresh file in a temporary
 * directory (or on `dbPath` when given), and every API opened in a test is closed after it — also when an
 * assertion failed halfway, which a `close()` at the end of the test body would skip, leaving the file
 * open and locked for the next test. The directories go too.
 */
export function useApi(): {
  openApi: (opts?: Partial<CreateApiOptions>) => Api;
  tempDir: () => string;
} {
  const tempDir = useTempDir('barabar-db-');
  const open: Api[] = [];
  // Registered after useTempDir's hook, so it runs first (vitest runs afterEach hooks in reverse order).
  afterEach(() => {
    while (open.length) open.pop()!.close();
  });
  return {
    tempDir,
    openApi(opts = {}) {
      const api = createApi({ dbPath: join(tempDir(), 'test.sqlite'), ...opts });
      open.push(api);
      return api;
    },
  };
}
