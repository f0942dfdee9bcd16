import type { Settings } from '../../shared/api';
import type { Db } from '../db/open';

const DEFAULTS: Settings = { uiLanguage: 'en' };

export function createSettingsService(db: Db) {
  const get = db.prepare("SELECT value FROM settings WHERE key = 'ui'");
  const put = db.prepare(
    "INSERT INTO settings (key, value) VALUES ('ui', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
  );
  return {
    get(): Settings {
      const row = get.get() as { value: string } | undefined;
      return row ? { ...DEFAULTS, ...(JSON.parse(row.value) as Partial<Settings>) } : { ...DEFAULTS };
    },
    set(patch: Partial<Settings>): Settings {
      const next = { ...this.get(), ...patch };
      put.run(JSON.stringify(next));
      return next;
    },
  };
}
