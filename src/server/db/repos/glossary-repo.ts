import type {
  ContextRendering,
  Entry,
  EntryChange,
  EntryInput,
  Subject,
  Term,
  TermStatus,
  TermType,
} from '../../../shared/model';
import { BULK_ROWS, bulkInsert } from '../bulk-insert';
import type { Db } from '../open';
import type { SettingsRepo } from './settings-repo';

const GLOSSARY_VERSION = 'glossary_version';

/** Columns of a bulk load's rows, in the order its parameters come. */
const ENTRY_COLUMNS =
  'id ext_key subject definition note source created_at created_by modified_at modified_by';
const TERM_COLUMNS = 'entry_id position lang text term_key status part_of_speech term_type note later';

interface EntryRow {
  id: number;
  ext_key: string | null;
  subject: Subject;
  definition: string;
  note: string;
  source: string;
  created_at: string;
  created_by: string;
  modified_at: string;
  modified_by: string;
}

interface TermRow {
  id: number;
  entry_id: number;
  lang: 'fa' | 'en';
  text: string;
  status: TermStatus;
  part_of_speech: string | null;
  term_type: TermType | null;
  note: string | null;
  later: 0 | 1;
}

interface ContextRow {
  entry_id: number;
  fa: string;
  en: string;
}

export interface TermKeys {
  /** Persian: termKey(); English: englishKey(). Computed by the service so the repo stays free of text rules. */
  keyOf(term: Pick<Term, 'lang' | 'text'>): string;
}

function toTerm(r: TermRow): Term {
  const t: Term = { id: r.id, lang: r.lang, text: r.text, status: r.status };
  if (r.part_of_speech) t.partOfSpeech = r.part_of_speech;
  if (r.term_type) t.termType = r.term_type;
  if (r.note) t.note = r.note;
  if (r.later === 1) t.later = true;
  return t;
}

function toEntry(r: EntryRow, terms: Term[], contexts: ContextRendering[] = []): Entry {
  const e: Entry = {
    id: r.id,
    subject: r.subject,
    terms,
    createdAt: r.created_at,
    createdBy: r.created_by,
    modifiedAt: r.modified_at,
    modifiedBy: r.modified_by,
  };
  if (r.ext_key) e.key = r.ext_key;
  if (r.definition) e.definition = r.definition;
  if (r.note) e.note = r.note;
  if (r.source) e.source = r.source;
  if (contexts.length > 0) e.contexts = contexts;
  return e;
}

/** Entries with their terms, change history and a version counter bumped on every change. */
export function createGlossaryRepo(db: Db, keys: TermKeys, settings: SettingsRepo) {
  const stmts = {
    entry: db.prepare('SELECT * FROM entries WHERE id = ?'),
    entryByKey: db.prepare('SELECT id FROM entries WHERE ext_key = ?'),
    allEntries: db.prepare('SELECT * FROM entries ORDER BY id'),
    termsOf: db.prepare('SELECT * FROM terms WHERE entry_id = ? ORDER BY position'),
    allTerms: db.prepare('SELECT * FROM terms ORDER BY entry_id, position'),
    // Positional: binding by name looks every parameter up on an object, and a load inserts 100,000s.
    insertEntry: db.prepare(
      `INSERT INTO entries (ext_key, subject, definition, note, source, created_at, created_by, modified_at, modified_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    updateEntry: db.prepare(
      `UPDATE entries SET ext_key = @key, subject = @subject, definition = @definition, note = @note, source = @source,
       modified_at = @at, modified_by = @by WHERE id = @id`,
    ),
    deleteTerms: db.prepare('DELETE FROM terms WHERE entry_id = ?'),
    insertTerm: db.prepare(
      `INSERT INTO terms (entry_id, position, lang, text, term_key, status, part_of_speech, term_type, note, later)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    contextsOf: db.prepare('SELECT * FROM entry_contexts WHERE entry_id = ? ORDER BY position'),
    allContexts: db.prepare('SELECT * FROM entry_contexts ORDER BY entry_id, position'),
    deleteContexts: db.prepare('DELETE FROM entry_contexts WHERE entry_id = ?'),
    insertContext: db.prepare('INSERT INTO entry_contexts (entry_id, position, fa, en) VALUES (?, ?, ?, ?)'),
    deleteEntry: db.prepare('DELETE FROM entries WHERE id = ?'),
    history: db.prepare('SELECT * FROM entry_history WHERE entry_id = ? ORDER BY id DESC'),
    addHistory: db.prepare(
      'INSERT INTO entry_history (entry_id, at, by, action, before_json) VALUES (?, ?, ?, ?, ?)',
    ),
    // An entry that has a Persian term with this key and a preferred English term with that key.
    identityClash: db.prepare(
      `SELECT DISTINCT fa.entry_id AS id FROM terms fa JOIN terms en ON en.entry_id = fa.entry_id
       WHERE fa.lang = 'fa' AND fa.term_key = ? AND en.lang = 'en' AND en.status = 'preferred' AND en.term_key = ?`,
    ),
    // Substring search on the stored match keys (instr, so no LIKE escaping), plus notes, definitions, keys.
    search: db.prepare(
      `SELECT e.id FROM entries e
       WHERE (@subject IS NULL OR e.subject = @subject)
         AND (@text = ''
           OR EXISTS (SELECT 1 FROM terms t WHERE t.entry_id = e.id AND (
                (t.lang = 'fa' AND @fa <> '' AND instr(t.term_key, @fa) > 0)
             OR (t.lang = 'en' AND @en <> '' AND instr(t.term_key, @en) > 0)))
           OR instr(lower(e.note), @text) > 0
           OR instr(lower(e.definition), @text) > 0
           OR instr(COALESCE(e.ext_key, ''), @text) > 0)
       ORDER BY e.id`,
    ),
    count: db.prepare('SELECT COUNT(*) AS n FROM entries'),
    // terms_by_fa_key (migration 010, partial: lang = 'fa') answers this from the index.
    idsByFaKey: db
      .prepare("SELECT DISTINCT entry_id FROM terms WHERE lang = 'fa' AND term_key = ? ORDER BY entry_id")
      .pluck(),
    termTexts: db.prepare('SELECT id, lang, text FROM terms'),
    // Explicit indexes only (sql IS NULL marks the ones SQLite makes for constraints).
    termIndexes: db.prepare(
      "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'terms' AND sql IS NOT NULL",
    ),
    setTermKey: db.prepare('UPDATE terms SET term_key = ? WHERE id = ?'),
    maxEntryId: db.prepare('SELECT COALESCE(MAX(id), 0) FROM entries').pluck(),
    // AUTOINCREMENT tables never reuse an id, so the next id may be above MAX(id).
    hasSequence: db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'")
      .pluck(),
  };
  const bulkEntries = bulkInsert(db, 'entries', ENTRY_COLUMNS.split(' '), {
    created_at: 'at',
    created_by: 'by',
    modified_at: 'at',
    modified_by: 'by',
  });
  const bulkTerms = bulkInsert(db, 'terms', TERM_COLUMNS.split(' '));
  // The version counter lives in the settings table, whose repository owns its SQL.
  const bumpVersion = (): void => settings.bump(GLOSSARY_VERSION);

  const writeTerms = (entryId: number, terms: readonly Term[]): void => {
    terms.forEach((t, i) =>
      stmts.insertTerm.run(
        entryId,
        i,
        t.lang,
        t.text,
        keys.keyOf(t),
        t.status,
        t.partOfSpeech ?? null,
        t.termType ?? null,
        t.note ?? null,
        t.later ? 1 : 0,
      ),
    );
  };

  const writeContexts = (entryId: number, contexts: readonly ContextRendering[] | undefined): void => {
    (contexts ?? []).forEach((c, i) => stmts.insertContext.run(entryId, i, c.fa, c.en));
  };

  const contextsOf = (id: number): ContextRendering[] =>
    (stmts.contextsOf.all(id) as ContextRow[]).map((r) => ({ fa: r.fa, en: r.en }));

  const fields = (input: EntryInput, at: string, by: string) => ({
    key: input.key ?? null,
    subject: input.subject,
    definition: input.definition ?? '',
    note: input.note ?? '',
    source: input.source ?? '',
    at,
    by,
  });

  const repo = {
    get(id: number): Entry | undefined {
      const row = stmts.entry.get(id) as EntryRow | undefined;
      return row && toEntry(row, (stmts.termsOf.all(id) as TermRow[]).map(toTerm), contextsOf(id));
    },
    idByKey(key: string): number | undefined {
      return (stmts.entryByKey.get(key) as { id: number } | undefined)?.id;
    },
    all(): Entry[] {
      const termsByEntry = new Map<number, Term[]>();
      for (const r of stmts.allTerms.all() as TermRow[]) {
        let list = termsByEntry.get(r.entry_id);
        if (!list) termsByEntry.set(r.entry_id, (list = []));
        list.push(toTerm(r));
      }
      const contextsByEntry = new Map<number, ContextRendering[]>();
      for (const r of stmts.allContexts.all() as ContextRow[]) {
        let list = contextsByEntry.get(r.entry_id);
        if (!list) contextsByEntry.set(r.entry_id, (list = []));
        list.push({ fa: r.fa, en: r.en });
      }
      return (stmts.allEntries.all() as EntryRow[]).map((r) =>
        toEntry(r, termsByEntry.get(r.id) ?? [], contextsByEntry.get(r.id)),
      );
    },
    /** Ids of matching entries, oldest first. `fa`/`en` are the query's match keys, `text` its lower case. */
    search(q: { fa: string; en: string; text: string; subject: Subject | null }): number[] {
      return (stmts.search.all(q) as { id: number }[]).map((r) => r.id);
    },
    count(): number {
      return (stmts.count.get() as { n: number }).n;
    },
    /** Ids of the entries with a Persian term of this match key, oldest first. */
    idsByFaKey(key: string): number[] {
      return stmts.idsByFaKey.all(key) as number[];
    },
    version(): number {
      return Number(settings.get(GLOSSARY_VERSION) ?? 0);
    },
    /** Ids of other entries that already pair one of this entry's Persian terms with one of its preferred English. */
    clashes(input: EntryInput, exceptId?: number): number[] {
      const found = new Set<number>();
      const preferred = input.terms.filter((t) => t.lang === 'en' && t.status === 'preferred');
      for (const fa of input.terms.filter((t) => t.lang === 'fa')) {
        for (const en of preferred) {
          for (const r of stmts.identityClash.all(keys.keyOf(fa), keys.keyOf(en)) as { id: number }[]) {
            if (r.id !== exceptId) found.add(r.id);
          }
        }
      }
      return [...found];
    },
    /**
     * The id the next new entry gets. Call inside the write transaction that inserts it: the sequence
     * of an AUTOINCREMENT table can be above MAX(id) (ids of deleted entries are never reused).
     */
    nextEntryId(): number {
      let last = stmts.maxEntryId.get() as number;
      if (stmts.hasSequence.get() !== undefined) {
        const seq = db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'entries'").pluck().get() as
          number | undefined;
        last = Math.max(last, seq ?? 0);
      }
      return last + 1;
    },
    /**
     * New entries written many rows per statement (a bulk load inside one write transaction; see
     * BULK_ROWS). `add` takes the entry and, optionally, its terms' keys already computed (a parse
     * worker computes them); it returns the entry's id. Call `finish` before reading the tables.
     */
    bulkWriter(at: string, by: string) {
      let nextId = repo.nextEntryId();
      const stamp = { at, by };
      let entryArgs: unknown[] = [];
      let termArgs: unknown[] = [];
      let entryRows = 0;
      let termRows = 0;
      // Entries go first: the terms' foreign key must find them.
      const flushEntries = (): void => {
        if (entryRows === 0) return;
        bulkEntries(entryRows).run(entryArgs, stamp);
        entryArgs = [];
        entryRows = 0;
      };
      const flushTerms = (): void => {
        flushEntries();
        if (termRows === 0) return;
        bulkTerms(termRows).run(termArgs);
        termArgs = [];
        termRows = 0;
      };
      return {
        add(input: EntryInput, termKeys?: readonly string[]): number {
          const id = nextId++;
          const { note, source, definition } = input;
          entryArgs.push(id, input.key ?? null, input.subject, definition ?? '', note ?? '', source ?? '');
          if (++entryRows === BULK_ROWS) flushEntries();
          const terms = input.terms;
          for (let i = 0; i < terms.length; i++) {
            const t = terms[i] as Term;
            const key = termKeys?.[i] ?? keys.keyOf(t);
            termArgs.push(id, i, t.lang, t.text, key, t.status, t.partOfSpeech ?? null);
            termArgs.push(t.termType ?? null, t.note ?? null, t.later === true ? 1 : 0);
            if (++termRows === BULK_ROWS) flushTerms();
          }
          if (input.contexts !== undefined && input.contexts.length > 0) {
            flushEntries();
            writeContexts(id, input.contexts);
          }
          return id;
        },
        finish: flushTerms,
      };
    },
    /** Bulk writers pass bump = false and call bumpVersion() once at the end. */
    insert(input: EntryInput, at: string, by: string, bump = true): number {
      // No history row for a creation: created_at/created_by already say it (see history()), and bulk
      // imports of 100,000 entries are a quarter faster without it.
      const id = Number(
        stmts.insertEntry.run(
          input.key ?? null,
          input.subject,
          input.definition ?? '',
          input.note ?? '',
          input.source ?? '',
          at,
          by,
          at,
          by,
        ).lastInsertRowid,
      );
      writeTerms(id, input.terms);
      writeContexts(id, input.contexts);
      if (bump) bumpVersion();
      return id;
    },
    update(
      id: number,
      input: EntryInput,
      at: string,
      by: string,
      action: 'update' | 'import' = 'update',
      bump = true,
    ): boolean {
      const before = repo.get(id);
      if (!before) return false;
      stmts.updateEntry.run({ ...fields(input, at, by), id });
      stmts.deleteTerms.run(id);
      writeTerms(id, input.terms);
      stmts.deleteContexts.run(id);
      writeContexts(id, input.contexts);
      stmts.addHistory.run(id, at, by, action, JSON.stringify(before));
      if (bump) bumpVersion();
      return true;
    },
    bumpVersion,
    /**
     * Drops the terms table's indexes and returns the function that creates them again, as they were.
     * For a bulk load into an empty table inside one transaction: one sorted build per index at the end is
     * cheaper than updating them term by term, and packs their pages (a smaller database).
     */
    dropTermIndexes(): () => void {
      const indexes = stmts.termIndexes.all() as { name: string; sql: string }[];
      for (const i of indexes) db.exec(`DROP INDEX "${i.name.replace(/"/g, '""')}"`);
      return () => {
        for (const i of indexes) db.exec(i.sql);
      };
    },
    /** Recomputes every stored term key (after the folding rules changed); returns how many terms. */
    rekeyTerms(): number {
      const rows = stmts.termTexts.all() as { id: number; lang: 'fa' | 'en'; text: string }[];
      for (const t of rows) stmts.setTermKey.run(keys.keyOf(t), t.id);
      if (rows.length > 0) bumpVersion();
      return rows.length;
    },
    remove(id: number, at: string, by: string): boolean {
      const before = repo.get(id);
      if (!before) return false;
      stmts.deleteEntry.run(id);
      stmts.addHistory.run(id, at, by, 'delete', JSON.stringify(before));
      bumpVersion();
      return true;
    },
    /** Newest first, ending with the creation (taken from the entry, or from its last saved state once deleted). */
    history(id: number): EntryChange[] {
      const changes = (
        stmts.history.all(id) as {
          entry_id: number;
          at: string;
          by: string;
          action: EntryChange['action'];
          before_json: string | null;
        }[]
      ).map((r) => ({
        entryId: r.entry_id,
        at: r.at,
        by: r.by,
        action: r.action,
        before: r.before_json ? (JSON.parse(r.before_json) as Entry) : null,
      }));
      const origin = repo.get(id) ?? changes.find((c) => c.before)?.before ?? undefined;
      if (origin)
        changes.push({
          entryId: id,
          at: origin.createdAt,
          by: origin.createdBy,
          action: 'create',
          before: null,
        });
      return changes;
    },
  };
  return repo;
}

export type GlossaryRepo = ReturnType<typeof createGlossaryRepo>;
