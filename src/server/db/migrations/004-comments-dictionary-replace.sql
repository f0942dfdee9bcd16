-- Editor tools (issue 12): comment threads per segment, the user's English dictionary, and the
-- before-texts of each replace-all so that one undo reverts the whole batch.

CREATE TABLE segment_comments (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx         INTEGER NOT NULL,
  author      TEXT NOT NULL,
  at          TEXT NOT NULL,
  text        TEXT NOT NULL,
  resolved    INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1))
);
CREATE INDEX segment_comments_by_segment ON segment_comments (document_id, idx, id);

CREATE TABLE user_dictionary (
  word     TEXT PRIMARY KEY,
  added_at TEXT NOT NULL
);

CREATE TABLE replace_batches (
  id        INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,
  query     TEXT NOT NULL,
  replaced  TEXT NOT NULL,
  undone_at TEXT
);

-- One row per segment a batch changed; the batch is undone by writing `before`/`status_before` back
-- where the segment still holds `after`.
CREATE TABLE replace_changes (
  batch_id      INTEGER NOT NULL REFERENCES replace_batches(id) ON DELETE CASCADE,
  document_id   INTEGER NOT NULL,
  idx           INTEGER NOT NULL,
  before        TEXT NOT NULL,
  after         TEXT NOT NULL,
  status_before TEXT NOT NULL,
  status_after  TEXT NOT NULL,
  PRIMARY KEY (batch_id, document_id, idx)
) WITHOUT ROWID;
