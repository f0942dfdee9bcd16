-- Issue 9: Persian concordance now runs on the in-memory fuzzy index (core/tm/phrase.ts: the postings of
-- the query's words, intersected, then the phrase checked on each unit's words), which answers a
-- million-unit memory in milliseconds where the source full-text table took hundreds. That table is no
-- longer read, so it is no longer written either (less work per imported unit) and is dropped here.
-- The English side keeps its full-text table (tm_tgt).
DROP TABLE tm_src;
