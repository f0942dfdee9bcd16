-- Issue 14.2: only Persian match keys are looked up by key (an import's plan, identity clashes, the
-- Persian side of search's candidates); English keys are compared within an entry that was found another
-- way, or scanned. The index on (lang, term_key) held every term's key a second time. A partial index on
-- the Persian terms holds under half as many rows: cheaper term inserts, a smaller database.
DROP INDEX terms_by_key;
CREATE INDEX terms_by_fa_key ON terms (term_key) WHERE lang = 'fa';
