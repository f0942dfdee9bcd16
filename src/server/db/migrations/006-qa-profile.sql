-- Issue 10: the team's QA profile (which checks run, at what severity) lives in the database, so the app's
-- QA and `barabar qa` on the same database agree. One row per check the translator has set; checks with
-- no row run at their built-in defaults (a check added in a later version runs without a migration).
CREATE TABLE qa_profile (
  check_id  TEXT PRIMARY KEY,
  enabled   INTEGER NOT NULL CHECK (enabled IN (0, 1)),
  severity  TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info'))
);
