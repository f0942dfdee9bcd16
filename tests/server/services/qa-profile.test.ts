// The QA profile lives in the database: what the QA view stores is what the app's QA and `barabar qa`
// run with, it survives reopening the file, and a shared file round-trips (a bad one names its field).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultQaProfile } from '../../../src/core/qa';
import { repoPaths } from '../../../src/server/paths';
import { useApi } from '../../helpers/db';

/** Handlers may throw before returning a promise; this turns both into a rejection. */
const attempt = async (f: () => unknown): Promise<unknown> => f();
const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

describe('stored QA profile', () => {
  const { openApi, tempDir } = useApi();

  it('starts at the defaults, is stored, survives reopening, and is used by qa.run', async () => {
    const { corpusDir, glossaryFile } = repoPaths();
    const dbPath = join(tempDir(), 'profile.sqlite');
    const api = openApi({ dbPath, seed: { corpusDir, glossaryFile } });
    expect(await api.handlers['qa.getProfile']({})).toEqual(defaultQaProfile());
    const before = await api.handlers['qa.run']({});
    expect(before.some((i) => i.check === 'untranslated')).toBe(true);
    expect(before.find((i) => i.check === 'possible-misspelling')?.severity).toBe('warning');

    const profile = defaultQaProfile();
    profile.checks.untranslated = { enabled: false, severity: 'warning' };
    profile.checks['possible-misspelling'] = { enabled: true, severity: 'error' };
    await api.handlers['qa.setProfile']({ profile });
    const after = await api.handlers['qa.run']({});
    expect(after.some((i) => i.check === 'untranslated')).toBe(false);
    expect(after.find((i) => i.check === 'possible-misspelling')?.severity).toBe('error');
    // An explicit profile (barabar qa --profile FILE) wins over the stored one.
    const explicit = await api.handlers['qa.run']({ profile: defaultQaProfile() });
    expect(explicit.some((i) => i.check === 'untranslated')).toBe(true);
    api.close();

    const reopened = openApi({ dbPath });
    expect((await reopened.handlers['qa.getProfile']({})).checks.untranslated).toEqual({
      enabled: false,
      severity: 'warning',
    });
  });

  it('exports and imports the small JSON file; a bad file is refused naming the file and field', async () => {
    const api = openApi();
    const profile = defaultQaProfile();
    profile.checks['doubled-word'] = { enabled: false, severity: 'info' };
    await api.handlers['qa.setProfile']({ profile });
    const file = await api.handlers['qa.exportProfile']({});
    expect(file.fileName).toBe('qa-profile.json');
    expect(JSON.parse(file.content)).toEqual(profile);

    const other = openApi({ dbPath: join(tempDir(), 'other.sqlite') });
    const imported = await other.handlers['qa.importProfile']({
      fileName: 'team.json',
      contentBase64: b64(file.content),
    });
    expect(imported).toEqual(profile);
    expect(await other.handlers['qa.getProfile']({})).toEqual(profile);

    const bad = JSON.stringify({ checks: { 'doubled-word': { enabled: 'yes' } } });
    await expect(
      attempt(() => other.handlers['qa.importProfile']({ fileName: 'team.json', contentBase64: b64(bad) })),
    ).rejects.toMatchObject({
      code: 'validation',
      params: { field: 'team.json: checks.doubled-word.enabled' },
    });
    await expect(
      attempt(() =>
        other.handlers['qa.importProfile']({ fileName: 'team.json', contentBase64: b64('{ nope') }),
      ),
    ).rejects.toMatchObject({ code: 'parse', params: { file: 'team.json' } });
    // All-or-nothing: the refused files changed nothing.
    expect(await other.handlers['qa.getProfile']({})).toEqual(profile);
    await expect(
      attempt(() =>
        other.handlers['qa.setProfile']({
          profile: { checks: { 'no-such-check': { enabled: true, severity: 'error' } } },
        }),
      ),
    ).rejects.toMatchObject({ code: 'validation' });
  });
});
