/**
 * Staging for long glossary imports. Rows are prepared chunk by chunk in TEMP tables (private to this
 * connection, and writing them takes no lock on the database file), then published in one short
 * IMMEDIATE transaction of set-based SQL. Autosaves wait at most for that publish, never for the
 * parse, the planning or the key computation; a cancelled or failed import leaves only temp rows,
 * which reset() drops.
 *
 * Three stages, each a temp table, so the import's memory does not grow with the file (issue 13.17):
 * stage_rows holds the parsed entries, stage_steps the
 * plan (add, or update which entry), and stage_new/stage_update/stage_terms the rows to publish. Temp
 * tables live in SQLite's temp file, not in the JavaScript heap.
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
  CREATE TEMP TABLE IF NOT EXISTS stage_rows (
    seq INTEGER PRIMARY KEY, where_text TEXT NOT NULL, entry_json TEXT NOT NULL);
  -- target_id: the entry a step updates; NULL for a new entry. before_json: that entry as planned against.
  CREATE TEMP TABLE IF NOT EXISTS stage_steps (
    seq INTEGER PRIMARY KEY, target_id INTEGER, entry_json TEXT NOT NULL, before_json TEXT);
`;

/** A parsed entry as staged: its 1-based place in the file's entries, where it was read, and its JSON. */
export interface StagedRow {
  seq: number;
  where: string;
  json: string;
}

/** A planned step: `target` undefined adds the entry, else updates that entry (`before` is its JSON). */
export interface StagedStep {
  seq: number;
  target: number | undefined;
  json: string;
  before: string | undefined;
}

export function createGlossaryStagingRepo(db: Db) {
  db.exec(SCHEMA);
  // The temp tables are read and written in order, a page at a time: a 4 MB cache serves that as well as
  // the 16 MB default, and a 1M-line import then stays within its memory budget (issue 13.17). What does
  // not fit sits in the temp file, i.e. the OS file cache, not in the process.
  db.pragma('temp.cache_size = -4000');
  const stmts = {
    clear: ['stage_new', 'stage_update', 'stage_terms', 'stage_contexts', 'stage_rows', 'stage_steps'].map(
      (t) => db.prepare(`DELETE FROM temp.${t}`),
    ),
    clearPlan: ['stage_new', 'stage_update', 'stage_terms', 'stage_contexts', 'stage_steps'].map((t) =>
      db.prepare(`DELETE FROM temp.${t}`),
    ),
    addRow: db.prepare('INSERT INTO temp.stage_rows (seq, where_text, entry_json) VALUES (?, ?, ?)'),
    rowsAfter: db.prepare(
      'SELECT seq, where_text AS "where", entry_json AS json FROM temp.stage_rows WHERE seq > ? ORDER BY seq LIMIT ?',
    ),
    addStep: db.prepare(
      'INSERT INTO temp.stage_steps (seq, target_id, entry_json, before_json) VALUES (?, ?, ?, ?)',
    ),
    stepsAfter: db.prepare(
      `SELECT seq, target_id AS target, entry_json AS json, before_json AS before
       FROM temp.stage_steps WHERE seq > ? ORDER BY seq LIMIT ?`,
    ),
    stepCount: db.prepare('SELECT COUNT(*) FROM temp.stage_steps').pluck(),
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

  const orUndefined = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

  return {
    reset(): void {
      for (const s of stmts.clear) s.run();
    },
    /** Drops the plan and what was staged from it, keeping the parsed rows (a re-plan starts from them). */
    resetPlan(): void {
      for (const s of stmts.clearPlan) s.run();
    },
    /** Runs `fn` as one transaction: thousands of temp-table writes commit once instead of each alone. */
    batch<T>(fn: () => T): T {
      return db.transaction(fn)();
    },
    addRow(row: StagedRow): void {
      stmts.addRow.run(row.seq, row.where, row.json);
    },
    rowsAfter(seq: number, limit: number): StagedRow[] {
      return stmts.rowsAfter.all(seq, limit) as StagedRow[];
    },
    addStep(step: StagedStep): void {
      stmts.addStep.run(step.seq, step.target ?? null, step.json, step.before ?? null);
    },
    stepsAfter(seq: number, limit: number): StagedStep[] {
      return (
        stmts.stepsAfter.all(seq, limit) as {
          seq: number;
          target: number | null;
          json: string;
          before: string | null;
        }[]
      ).map((r) => ({
        seq: r.seq,
        target: orUndefined(r.target),
        json: r.json,
        before: orUndefined(r.before),
      }));
    },
    stepCount(): number {
      return stmts.stepCount.get() as number;
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
    /**
     * Moves the staged rows into the glossary; new entry `seq` gets id `firstId + seq - 1`
     * (GlossaryRepo.nextEntryId). Call inside the caller's IMMEDIATE transaction.
     */
    publish(at: string, by: string, firstId: number): void {
      const base = firstId - 1;
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
