-- Issue 10: the termbase's rules as data the QA checks read (they were only in the shipped file and the
-- model until now, so the app's QA lost them on the way through the database).

-- A short form allowed for second and later mentions in a document ("Khrenin", "JCPOA").
ALTER TABLE terms ADD COLUMN later INTEGER NOT NULL DEFAULT 0 CHECK (later IN (0, 1));

-- Context renderings: a Persian phrase with its own English («توافق‌نامه برجام» => "the JCPOA").
CREATE TABLE entry_contexts (
  entry_id  INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
  position  INTEGER NOT NULL,
  fa        TEXT NOT NULL,
  en        TEXT NOT NULL,
  PRIMARY KEY (entry_id, position)
);
