import type { Db } from '../open';

export interface NewTranslationUnit {
  source: string;
  sourceKey: string;
  target: string;
  srcLang: string;
  tgtLang: string;
  origin: string;
  propsJson: string;
  at: string;
}

/** Stored translation pairs (from TMX imports), unique by source match key and target. */
export function createTranslationUnitsRepo(db: Db) {
  const stmts = {
    insert: db.prepare(
      `INSERT INTO translation_units (source, source_key, target, src_lang, tgt_lang, origin, props_json, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(source_key, target) DO NOTHING`,
    ),
    sources: db.prepare('SELECT id, source FROM translation_units'),
    rekey: db.prepare('UPDATE OR IGNORE translation_units SET source_key = ? WHERE id = ?'),
    dropDuplicates: db.prepare(
      `DELETE FROM translation_units WHERE id IN (SELECT a.id FROM translation_units a JOIN translation_units b
       ON a.target = b.target AND a.id > b.id AND a.source_key = b.source_key)`,
    ),
  };
  return {
    /** 1 when stored, 0 when the same pair was already there. */
    insert(u: NewTranslationUnit): number {
      return stmts.insert.run(
        u.source,
        u.sourceKey,
        u.target,
        u.srcLang,
        u.tgtLang,
        u.origin,
        u.propsJson,
        u.at,
      ).changes;
    },
    /** Recomputes every source key; two units that now share key and target keep the older one. */
    rekeyAll(sourceKey: (text: string) => string): void {
      for (const u of stmts.sources.all() as { id: number; source: string }[]) {
        stmts.rekey.run(sourceKey(u.source), u.id);
      }
      stmts.dropDuplicates.run();
    },
  };
}

export type TranslationUnitsRepo = ReturnType<typeof createTranslationUnitsRepo>;
