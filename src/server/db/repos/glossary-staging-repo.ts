/**
 * Staging for long glossary imports. Rows are prepared chunk by chunk in TEMP tables (private to this
 * connection, and writing them takes no lock on the database file), then published in one short
 * IMMEDIATE transaction of set-based SQL. Autosaves wait at most for that publish, never for the
 * parse, the planning or the key computation; a cancelled or failed import leaves only temp rows,
 * which reset() drops.
 */
import type { EntryInput, Term } from '../../../shared/model';
import type { Db } from '../open';

export interface StagedTerm extends Omit<Term, 'id'> {
  key: string;
}

const SCHEMA = `
  CREATE TEMP TABLE IF NOT EXISTS stage_new (
    seq INTEGER PRIMARY KEY, ext_key TEXT, subject TEXT NOT NULL, definition TEXT NOT NULL,
    note TEXT NOT NULL, source TEXT NOT NULL);
  CREATE TEMP TABLE IF NOT EXISTS stage_update (
    entry_id INTEGER PRIMARY KEY, ext_key TEXT, subject TEXT NOT NULL, definition TEXT NOT NULL,
    note TEXT NOT NULL, source TEXT NOT NULL, before_json TEXT NOT NULL);
  -- owner: seq of a stage_new row when is_new = 1, else the id of the entry being updated.
  CREATE TEMP TABLE IF NOT EXISTS stage_terms (
    is_new INTEGER NOT NULL, owner INTEGER NOT NULL, position INTEGER NOT NULL, lang TEXT NOT NULL,
    text TEXT NOT NULL, term_key TEXT NOT NULL, status TEXT NOT NULL, part_of_speech TEXT,
    term_type TEXT, note TEXT, later INTEGER NOT NULL DEFAULT 0);
  -- Context renderings (migration 005), owned like stage_terms.
  CREATE TEMP TABLE IF NOT EXISTS stage_contexts (
    is_new INTEGER NOT NULL, owner INTEGER NOT NULL, position INTEGER NOT NULL, fa TEXT NOT NULL,
    en TEXT NOT NULL);
`;

export function createGlossaryStagingRepo(db: Db) {
  db.exec(SCHEMA);
  const stmts = {
    clear: ['stage_new', 'stage_update', 'stage_terms', 'stage_contexts'].map((t) =>
      db.prepare(`DELETE FROM temp.${t}`),
    ),
    addNew: db.prepare(
      `INSERT INTO temp.stage_new (seq, ext_key, subject, definition, note, source)
       VALUES (@seq, @key, @subject, @definition, @note, @source)`,
    ),
    addUpdate: db.prepare(
      `INSERT INTO temp.stage_update (entry_id, ext_key, subject, definition, note, source, before_json)
       VALUES (@id, @key, @subject, @definition, @note, @source, @before)`,
    ),
    addTerm: db.prepare(
      `INSERT INTO temp.stage_terms (is_new, owner, position, lang, text, term_key, status, part_of_speech, term_type, note, later)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    addContext: db.prepare(
      'INSERT INTO temp.stage_contexts (is_new, owner, position, fa, en) VALUES (?, ?, ?, ?, ?)',
    ),
    maxId: db.prepare('SELECT COALESCE(MAX(id), 0) AS n FROM entries'),
    // AUTOINCREMENT tables never reuse an id, so the next id may be above MAX(id).
    hasSequence: db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'"),
    insertNew: db.prepare(
      `INSERT INTO entries (id, ext_key, subject, definition, note, source, created_at, created_by, modified_at, modified_by)
       SELECT @base + seq, ext_key, subject, definition, note, source, @at, @by, @at, @by
       FROM temp.stage_new ORDER BY seq`,
    ),
    history: db.prepare(
      `INSERT INTO entry_history (entry_id, at, by, action, before_json)
       SELECT entry_id, @at, @by, 'import', before_json FROM temp.stage_update ORDER BY entry_id`,
    ),
    updateEntries: db.prepare(
      `UPDATE entries SET ext_key = s.ext_key, subject = s.subject, definition = s.definition,
         note = s.note, source = s.source, modified_at = @at, modified_by = @by
       FROM temp.stage_update AS s WHERE entries.id = s.entry_id`,
    ),
    dropOldTerms: db.prepare('DELETE FROM terms WHERE entry_id IN (SELECT entry_id FROM temp.stage_update)'),
    insertTerms: db.prepare(
      `INSERT INTO terms (entry_id, position, lang, text, term_key, status, part_of_speech, term_type, note, later)
       SELECT CASE is_new WHEN 1 THEN @base + owner ELSE owner END, position, lang, text, term_key, status,
              part_of_speech, term_type, note, later
       FROM temp.stage_terms ORDER BY rowid`,
    ),
    // An updated entry's contexts are replaced by the file's, as its terms are.
    dropOldContexts: db.prepare(
      'DELETE FROM entry_contexts WHERE entry_id IN (SELECT entry_id FROM temp.stage_update)',
    ),
    insertContexts: db.prepare(
      `INSERT INTO entry_contexts (entry_id, position, fa, en)
       SELECT CASE is_new WHEN 1 THEN @base + owner ELSE owner END, position, fa, en
       FROM temp.stage_contexts ORDER BY rowid`,
    ),
  };

  const fields = (e: EntryInput) => ({
    key: e.key ?? null,
    subject: e.subject,
    definition: e.definition ?? '',
    note: e.note ?? '',
    source: e.source ?? '',
  });

  const stageTerms = (isNew: 0 | 1, owner: number, terms: readonly StagedTerm[]): void => {
    terms.forEach((t, i) =>
      stmts.addTerm.run(
        isNew,
        owner,
        i,
        t.lang,
        t.text,
        t.key,
        t.status,
        t.partOfSpeech ?? null,
        t.termType ?? null,
        t.note ?? null,
        t.later === true ? 1 : 0,
      ),
    );
  };

  const stageContexts = (isNew: 0 | 1, owner: number, entry: EntryInput): void => {
    (entry.contexts ?? []).forEach((c, i) => stmts.addContext.run(isNew, owner, i, c.fa, c.en));
  };

  return {
    reset(): void {
      for (const s of stmts.clear) s.run();
    },
    /** `seq` numbers new entries 1, 2, 3… in file order; their ids are assigned at publish. */
    stageNew(seq: number, entry: EntryInput, terms: readonly StagedTerm[]): void {
      stmts.addNew.run({ seq, ...fields(entry) });
      stageTerms(1, seq, terms);
      stageContexts(1, seq, entry);
    },
    stageUpdate(id: number, entry: EntryInput, terms: readonly StagedTerm[], beforeJson: string): void {
      stmts.addUpdate.run({ id, ...fields(entry), before: beforeJson });
      stageTerms(0, id, terms);
      stageContexts(0, id, entry);
    },
    /** Moves the staged rows into the glossary. Call inside the caller's IMMEDIATE transaction. */
    publish(at: string, by: string): void {
      let base = (stmts.maxId.get() as { n: number }).n;
      if (stmts.hasSequence.get()) {
        const seq = db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'entries'").get() as
          { seq: number } | undefined;
        base = Math.max(base, seq?.seq ?? 0);
      }
      stmts.history.run({ at, by });
      stmts.updateEntries.run({ at, by });
      stmts.dropOldTerms.run();
      stmts.dropOldContexts.run();
      stmts.insertNew.run({ base, at, by });
      stmts.insertTerms.run({ base });
      stmts.insertContexts.run({ base });
    },
  };
}

export type GlossaryStagingRepo = ReturnType<typeof createGlossaryStagingRepo>;
