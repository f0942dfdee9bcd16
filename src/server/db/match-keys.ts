import { MATCH_KEY_VERSION } from '../../core/text/normalize';
import type { Db } from './open';

/**
 * Stored match keys depend on the normaliser's folding rules. When the rules change (MATCH_KEY_VERSION),
 * every stored key is recomputed once, in one transaction, so lookups and identity checks never mix keys
 * made under two rule sets. `keyOf` and `sourceKey` are the services' own key functions.
 */
export function refreshMatchKeys(
  db: Db,
  keyOf: (term: { lang: 'fa' | 'en'; text: string }) => string,
  sourceKey: (text: string) => string,
): { recomputed: boolean; terms: number } {
  const row = db.prepare("SELECT value FROM settings WHERE key = 'match_key_version'").get() as
    { value: string } | undefined;
  if (row && Number(row.value) === MATCH_KEY_VERSION) return { recomputed: false, terms: 0 };
  let terms = 0;
  db.transaction(() => {
    const update = db.prepare('UPDATE terms SET term_key = ? WHERE id = ?');
    for (const t of db.prepare('SELECT id, lang, text FROM terms').all() as {
      id: number;
      lang: 'fa' | 'en';
      text: string;
    }[]) {
      update.run(keyOf(t), t.id);
      terms++;
    }
    // Two units may now share a key and target: keep the older one.
    const updateTu = db.prepare('UPDATE OR IGNORE translation_units SET source_key = ? WHERE id = ?');
    for (const u of db.prepare('SELECT id, source FROM translation_units').all() as {
      id: number;
      source: string;
    }[]) {
      updateTu.run(sourceKey(u.source), u.id);
    }
    db.prepare(
      `DELETE FROM translation_units WHERE id IN (SELECT a.id FROM translation_units a JOIN translation_units b
       ON a.target = b.target AND a.id > b.id AND a.source_key = b.source_key)`,
    ).run();
    db.prepare(
      "INSERT INTO settings (key, value) VALUES ('match_key_version', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
    ).run(String(MATCH_KEY_VERSION));
    if (terms > 0) {
      db.prepare(
        `INSERT INTO settings (key, value) VALUES ('glossary_version', '1')
         ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1`,
      ).run();
    }
  })();
  return { recomputed: true, terms };
}
