-- Issue 9: the wave-1 store `translation_units` (001) is retired. The UI's and `barabar import-tmx`'s TMX
-- import now fill the translation memory (003) as a reference memory, like `barabar tm import`. Pairs
-- imported before are kept: each file they came from becomes a reference memory "<file> (imported)".
-- Their word keys need the TypeScript normaliser, so the stored key version is dropped when there were
-- any: the TM store re-keys every unit once when it next opens (tm-store.ts refreshKeys), which also
-- fills their source concordance rows. Their English concordance rows are written here.

CREATE TEMP TABLE wave1_origins AS SELECT DISTINCT origin FROM translation_units;
CREATE TEMP TABLE wave1_last AS SELECT COALESCE(MAX(id), 0) AS id FROM tm_units;

INSERT OR IGNORE INTO tm_memories (name, kind, file, created_at)
  SELECT origin || ' (imported)', 'reference', origin, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM wave1_origins;

INSERT INTO tm_units (memory_id, source, target, exact_hash, word_ids, author, created_at, changed_at)
  SELECT m.id, t.source, t.target, 0, x'', '', t.created_at, t.created_at
  FROM translation_units t JOIN tm_memories m ON m.name = t.origin || ' (imported)'
  ORDER BY t.id;

INSERT INTO tm_tgt (rowid, text) SELECT id, target FROM tm_units WHERE id > (SELECT id FROM wave1_last);

DELETE FROM tm_meta WHERE key = 'match_key_version' AND EXISTS (SELECT 1 FROM translation_units);

DROP TABLE wave1_origins;
DROP TABLE wave1_last;
DROP TABLE translation_units;
