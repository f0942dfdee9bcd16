import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../../../src/server/create-api';
import { MATCH_KEY_VERSION } from '../../../../src/core/text/normalize';
import { readTextChunks } from '../../../../src/server/text-chunks';
import { useTempDir } from '../../../helpers/temp';
import { FIXTURES } from './setup';

const tempDir = useTempDir();

describe('stored TM keys and the folding rules', () => {
  it('re-keys every unit once when the match-key version changed', async () => {
    const file = join(tempDir(), 'tm.sqlite');
    const api = createApi({ dbPath: file });
    await api.services.tm.importTmx(readTextChunks(join(FIXTURES, 'omegat.tmx')), 'omegat.tmx', 'omegat');
    api.close();
    // Keys made under "other rules": scrambled word numbers, an unknown version.
    const raw = new Database(file);
    raw.prepare('DELETE FROM tm_words').run();
    raw.prepare("UPDATE tm_units SET word_ids = x'ffffffff', exact_hash = 0").run();
    raw.prepare("UPDATE tm_meta SET value = '0' WHERE key = 'match_key_version'").run();
    raw.close();
    const again = createApi({ dbPath: file });
    expect(again.services.tm.lookup('وزیر دفاع جمهوری اسلامی ایران گفت.')[0]).toMatchObject({ score: 100 });
    expect(again.services.tm.concordance('وزیر دفاع')).toHaveLength(1);
    expect(
      again.services.db.prepare("SELECT value FROM tm_meta WHERE key = 'match_key_version'").pluck().get(),
    ).toBe(String(MATCH_KEY_VERSION));
    again.close();
  });
});
