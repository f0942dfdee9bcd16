-- Barabar schema, version 2: entry ids are never reused.
-- Without AUTOINCREMENT SQLite hands out max(id) + 1, so deleting the newest entry and adding another gave
-- the new entry the deleted one's id, and with it the deleted entry's history. SQLite cannot add
-- AUTOINCREMENT to a table, so the table is rebuilt (foreign keys are off while migrations run and are
-- checked before commit): same columns, same rows and ids; terms keep pointing at their entries.

CREATE TABLE entries_new (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  ext_key      TEXT UNIQUE,
  subject      TEXT NOT NULL,
  definition   TEXT NOT NULL DEFAULT '',
  note         TEXT NOT NULL DEFAULT '',
  source       TEXT NOT NULL DEFAULT '',
  created_at   TEXT NOT NULL,
  created_by   TEXT NOT NULL,
  modified_at  TEXT NOT NULL,
  modified_by  TEXT NOT NULL
);

INSERT INTO entries_new (id, ext_key, subject, definition, note, source, created_at, created_by, modified_at, modified_by)
  SELECT id, ext_key, subject, definition, note, source, created_at, created_by, modified_at, modified_by
  FROM entries;

DROP TABLE entries;
ALTER TABLE entries_new RENAME TO entries;

-- Ids already used by deleted entries (their history survives them) are never handed out again either.
DELETE FROM sqlite_sequence WHERE name = 'entries';
INSERT INTO sqlite_sequence (name, seq)
  SELECT 'entries', MAX(COALESCE((SELECT MAX(id) FROM entries), 0),
                        COALESCE((SELECT MAX(entry_id) FROM entry_history), 0));
