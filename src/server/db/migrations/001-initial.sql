-- Barabar schema, version 1.
-- Text columns hold the user's text exactly as imported; *_key columns hold match keys for lookups.

CREATE TABLE documents (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE,
  sha256      TEXT NOT NULL,
  encoding    TEXT NOT NULL,
  text        TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

CREATE TABLE segments (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx         INTEGER NOT NULL,
  paragraph   INTEGER NOT NULL,
  src_start   INTEGER NOT NULL,
  src_end     INTEGER NOT NULL,
  source      TEXT NOT NULL,
  target      TEXT NOT NULL DEFAULT '',
  status      TEXT NOT NULL DEFAULT 'new'
              CHECK (status IN ('new', 'draft', 'translated', 'reviewed', 'final')),
  updated_at  TEXT NOT NULL,
  PRIMARY KEY (document_id, idx)
) WITHOUT ROWID;

CREATE TABLE entries (
  id           INTEGER PRIMARY KEY,
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

CREATE TABLE terms (
  id             INTEGER PRIMARY KEY,
  entry_id       INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
  position       INTEGER NOT NULL,
  lang           TEXT NOT NULL CHECK (lang IN ('fa', 'en')),
  text           TEXT NOT NULL,
  term_key       TEXT NOT NULL,
  status         TEXT NOT NULL CHECK (status IN ('preferred', 'admitted', 'deprecated', 'forbidden')),
  part_of_speech TEXT,
  term_type      TEXT,
  note           TEXT
);
CREATE INDEX terms_by_key ON terms (lang, term_key);
CREATE INDEX terms_by_entry ON terms (entry_id, position);

-- No foreign key: the history of a deleted entry must survive it.
CREATE TABLE entry_history (
  id          INTEGER PRIMARY KEY,
  entry_id    INTEGER NOT NULL,
  at          TEXT NOT NULL,
  by          TEXT NOT NULL,
  action      TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'import')),
  before_json TEXT
);
CREATE INDEX entry_history_by_entry ON entry_history (entry_id, id);

CREATE TABLE translation_units (
  id          INTEGER PRIMARY KEY,
  source      TEXT NOT NULL,
  source_key  TEXT NOT NULL,
  target      TEXT NOT NULL,
  src_lang    TEXT NOT NULL,
  tgt_lang    TEXT NOT NULL,
  origin      TEXT NOT NULL,
  props_json  TEXT NOT NULL DEFAULT '{}',
  created_at  TEXT NOT NULL,
  UNIQUE (source_key, target)
);

CREATE TABLE qa_ignored (
  key  TEXT PRIMARY KEY,
  at   TEXT NOT NULL
);

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
