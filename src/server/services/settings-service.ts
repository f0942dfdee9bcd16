import type { Settings } from '../../shared/api';
import type { Db } from '../db/open';
import type { SettingsRepo } from '../db/repos/settings-repo';
import { writeTx } from '../db/write';

const DEFAULTS: Settings = {
  uiLanguage: 'en',
  spellDialect: 'en-GB',
  spellCheck: true,
  tmThreshold: 70,
  tmPropagateAll: false,
  reviewerMode: false,
};
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
        // Fields the patch leaves out (undefined) keep their saved values.
        const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
        const next = { ...get(), ...given };
        repo.set(KEY, JSON.stringify(next));
        return next;
      });
    },
  };
}
