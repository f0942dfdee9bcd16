import { MATCH_KEY_VERSION } from '../../core/text/normalize';
import type { Db } from '../db/open';
import type { Repos } from '../db/repos';
import { writeTx } from '../db/write';

const SETTING = 'match_key_version';

/**
 * Stored match keys depend on the normaliser's folding rules. When the rules change (MATCH_KEY_VERSION),
 * every stored key is recomputed once, in one transaction, so lookups and identity checks never mix keys
 * made under two rule sets. The version is re-read under the write lock: of several processes opening the
 * database at once, one recomputes.
 */
export function refreshMatchKeys(
  db: Db,
  repos: Pick<Repos, 'glossary' | 'settings'>,
): { recomputed: boolean; terms: number } {
  const current = (): boolean => repos.settings.get(SETTING) === String(MATCH_KEY_VERSION);
  if (current()) return { recomputed: false, terms: 0 };
  return writeTx(db, () => {
    if (current()) return { recomputed: false, terms: 0 };
    const terms = repos.glossary.rekeyTerms();
    repos.settings.set(SETTING, String(MATCH_KEY_VERSION));
    return { recomputed: true, terms };
  });
}
