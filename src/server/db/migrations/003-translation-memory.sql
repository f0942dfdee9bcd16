-- Translation memory (issue 9). Memory 1 is the project memory: one unit per confirmed segment, updated
-- in place on re-confirm. Other memories are reference memories imported from TMX, read-only.
-- translation_units (001) is left for the exchange import that still writes it.

CREATE TABLE tm_memories (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE,
  kind        TEXT NOT NULL CHECK (kind IN ('project', 'reference')),
  file        TEXT,
  created_at  TEXT NOT NULL
);
INSERT INTO tm_memories (id, name, kind, created_at)
  VALUES (1, 'project', 'project', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

-- Word keys (core/tm/words.ts) by number: units store their words as numbers, and the in-memory fuzzy
-- index is built from them without re-tokenising a million sources.
CREATE TABLE tm_words (
  id   INTEGER PRIMARY KEY,
  key  TEXT NOT NULL UNIQUE
);

-- The normaliser's MATCH_KEY_VERSION the stored word keys were made with; when the folding rules
-- change, the keys, word numbers and source index are recomputed once (tm-store.ts).
CREATE TABLE tm_meta (
  key    TEXT PRIMARY KEY,
  value  TEXT NOT NULL
);

CREATE TABLE tm_units (
  id           INTEGER PRIMARY KEY,
  memory_id    INTEGER NOT NULL REFERENCES tm_memories(id) ON DELETE CASCADE,
  source       TEXT NOT NULL,
  target       TEXT NOT NULL,
  -- core/tm exactHash of the source's exact key: 100% matches and repetitions without a scan.
  exact_hash   INTEGER NOT NULL,
  -- tm_words ids of the source's words, in order, as little-endian uint32.
  word_ids     BLOB NOT NULL,
  -- Project memory only: the segment the unit comes from.
  document_id  INTEGER REFERENCES documents(id) ON DELETE SET NULL,
  segment_idx  INTEGER,
  author       TEXT NOT NULL DEFAULT '',
  created_at   TEXT NOT NULL,
  changed_at   TEXT NOT NULL
);
CREATE INDEX tm_units_by_hash ON tm_units (exact_hash);
CREATE INDEX tm_units_by_memory ON tm_units (memory_id);
CREATE UNIQUE INDEX tm_units_by_segment ON tm_units (document_id, segment_idx) WHERE document_id IS NOT NULL;

-- Concordance on both sides: tm_src holds the source's word keys separated by spaces (already folded, so
-- «رئيس»/«رئیس» and spaced/joined spellings meet), tm_tgt the target as written; rowid = tm_units.id.
-- Contentless: the text lives in tm_units once. detail=none (no positions) made a million-unit import a
-- third faster; queries find units holding all the words and the service checks the phrase in the text.
-- Two tables because detail=none allows no column filter.
CREATE VIRTUAL TABLE tm_src USING fts5(
  text, content = '', contentless_delete = 1, detail = none,
  tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co Mn' tokenchars '‌'"
);
CREATE VIRTUAL TABLE tm_tgt USING fts5(
  text, content = '', contentless_delete = 1, detail = none,
  tokenize = "unicode61 remove_diacritics 2"
);

-- Segments that received a translation by propagation (repetitions), with what they held before, so
-- one undo restores a whole batch.
CREATE TABLE tm_propagations (
  batch        INTEGER NOT NULL,
  document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  segment_idx  INTEGER NOT NULL,
  prev_target  TEXT NOT NULL,
  prev_status  TEXT NOT NULL,
  target       TEXT NOT NULL,
  at           TEXT NOT NULL,
  PRIMARY KEY (document_id, segment_idx)
);
CREATE INDEX tm_propagations_by_batch ON tm_propagations (batch);
