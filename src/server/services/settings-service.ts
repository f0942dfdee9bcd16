import type { Settings } from '../../shared/api';
import type { Db } from '../db/open';
import type { SettingsRepo } from '../db/repos/settings-repo';
import { writeTx } from '../db/write';

const DEFAULTS: Settings = { uiLanguage: 'en', spellDialect: 'en-GB', spellCheck: true };
/** The UI settings are one JSON value in the settings table. */
const KEY = 'ui';

export function createSettingsService(db: Db, repo: SettingsRepo) {
  const get = (): Settings => {
    const value = repo.get(KEY);
    return value ? { ...DEFAULTS, ...(JSON.parse(value) as Partial<Settings>) } : { ...DEFAULTS };
  };
  return {
    get,
    set(patch: Partial<Settings>): Settings {
      return writeTx(db, () => {
        const next = { ...get(), ...patch };
        repo.set(KEY, JSON.stringify(next));
        return next;
      });
    },
  };
}
