/** UI settings are a patch over the saved ones: setting one field keeps the others. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useApi } from '../../helpers/db';

describe('settings', () => {
  const { openApi, tempDir } = useApi();

  it('starts from the defaults (match threshold 70%, repetitions in the open document only, British spelling)', async () => {
    const api = openApi();
    expect(await api.handlers['settings.get']({})).toEqual({
      uiLanguage: 'en',
      tmThreshold: 70,
      tmPropagateAll: false,
      spellCheck: true,
      spellDialect: 'en-GB',
      reviewerMode: false,
    });
  });

  it('keeps the fields a patch leaves out, across a reopen', async () => {
    const dbPath = join(tempDir(), 'settings.sqlite');
    const first = openApi({ dbPath });
    await first.handlers['settings.set']({ tmThreshold: 85 });
    await first.handlers['settings.set']({ uiLanguage: 'fa' });
    await first.handlers['settings.set']({ reviewerMode: true });
    expect(await first.handlers['settings.set']({ tmPropagateAll: true })).toEqual({
      uiLanguage: 'fa',
      tmThreshold: 85,
      tmPropagateAll: true,
      spellCheck: true,
      spellDialect: 'en-GB',
      reviewerMode: true,
    });
    const again = openApi({ dbPath });
    expect((await again.handlers['settings.get']({})).tmThreshold).toBe(85);
    // Reviewer mode lives in the database, so the browser and the Electron window agree on it.
    expect((await again.handlers['settings.get']({})).reviewerMode).toBe(true);
  });
});
