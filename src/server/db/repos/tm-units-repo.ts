import { bulkInsert } from '../bulk-insert';
import type { Db } from '../open';

export interface UnitRow {
  id: number;
  memory_id: number;
  memory: string;
  source: string;
  target: string;
  document_id: number | null;
  segment_idx: number | null;
  author: string;
  created_at: string;
  changed_at: string;
}

export interface NewUnit {
  memoryId: number;
  source: string;
  target: string;
  exactHash: number;
  wordIds: Uint32Array;
  documentId?: number | undefined;
  segmentIdx?: number | undefined;
  author: string;
  at: string;
}

const UNIT_SELECT = `SELECT u.id, u.memory_id, m.name AS memory, u.source, u.target, u.document_id, u.segment_idx,
  u.author, u.created_at, u.changed_at FROM tm_units u JOIN tm_memories m ON m.id = u.memory_id`;

/** Words per INSERT when the import writes its new words (2 parameters each, well under SQLite's limit). */
const WORD_BATCH = 256;

const blob = (ids: Uint32Array): Buffer => Buffer.from(ids.buffer, ids.byteOffset, ids.byteLength);

/** tm_units, their word numbers (tm_words) and the English concordance index (tm_tgt), kept in step. */
export function createTmUnitsRepo(db: Db) {
  const words = db.prepare('SELECT id, key FROM tm_words ORDER BY id');
  const insertWord = db.prepare('INSERT INTO tm_words (key) VALUES (?)');
  const insertWordWithId = db.prepare('INSERT INTO tm_words (id, key) VALUES (?, ?)');
  const insertWordBatch = db.prepare(
    `INSERT INTO tm_words (id, key) VALUES ${Array.from({ length: WORD_BATCH }, () => '(?, ?)').join(', ')}`,
  );
  const insertUnit = db.prepare(
    `INSERT INTO tm_units (memory_id, source, target, exact_hash, word_ids, document_id, segment_idx, author,
       created_at, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  // A reference unit's columns in a bulk load: no document or segment (NULL).
  const bulkRefUnits = bulkInsert(
    db,
    'tm_units',
    'memory_id source target exact_hash word_ids author created_at changed_at'.split(' '),
  );
  const insertTgt = db.prepare('INSERT INTO tm_tgt (rowid, text) VALUES (?, ?)');
  const indexTargets = db.prepare(
    'INSERT INTO tm_tgt (rowid, text) SELECT id, target FROM tm_units WHERE id BETWEEN ? AND ?',
  );
  const deleteTgt = db.prepare('DELETE FROM tm_tgt WHERE rowid = ?');
  const deleteUnit = db.prepare('DELETE FROM tm_units WHERE id = ?');
  const bySegment = db.prepare(`${UNIT_SELECT} WHERE u.document_id = ? AND u.segment_idx = ?`);
  const byHash = db.prepare(`${UNIT_SELECT} WHERE u.exact_hash = ?`);
  const byId = db.prepare(`${UNIT_SELECT} WHERE u.id = ?`);
  // One statement for a list of ids (a JSON array), in the list's order.
  const byIds = db.prepare(`${UNIT_SELECT} JOIN json_each(?) j ON j.value = u.id ORDER BY j.key`);
  const wordIdsOf = db.prepare('SELECT word_ids FROM tm_units WHERE id = ?').pluck();
  const allRows = db.prepare('SELECT id, word_ids FROM tm_units ORDER BY id').raw();
  const rowsAfter = db.prepare('SELECT id, word_ids FROM tm_units WHERE id > ? ORDER BY id LIMIT ?').raw();
  const sizes = db.prepare('SELECT COUNT(*), COALESCE(SUM(length(word_ids)), 0) / 4 FROM tm_units').raw();
  const ofMemory = db.prepare(`${UNIT_SELECT} WHERE u.memory_id = ? ORDER BY u.id`);
  const idsOfMemory = db.prepare('SELECT id FROM tm_units WHERE memory_id = ?').pluck();
  const searchTgt = db.prepare('SELECT rowid FROM tm_tgt WHERE tm_tgt MATCH ? LIMIT ?').pluck();
  const count = db.prepare('SELECT COUNT(*) FROM tm_units').pluck();
  const maxId = db.prepare('SELECT COALESCE(MAX(id), 0) FROM tm_units').pluck();
  const keyVersion = db.prepare("SELECT value FROM tm_meta WHERE key = 'match_key_version'").pluck();
  const setKeyVersion = db.prepare(
    "INSERT INTO tm_meta (key, value) VALUES ('match_key_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
  );
  const sourcesAfter = db.prepare('SELECT id, source FROM tm_units WHERE id > ? ORDER BY id LIMIT ?');
  const updateKeys = db.prepare('UPDATE tm_units SET exact_hash = ?, word_ids = ? WHERE id = ?');

  return {
    words: (): { id: number; key: string }[] => words.all() as { id: number; key: string }[],
    insertWord: (key: string): number => Number(insertWord.run(key).lastInsertRowid),

    insert(u: NewUnit): number {
      const id = Number(
        insertUnit.run(
          u.memoryId,
          u.source,
          u.target,
          u.exactHash,
          blob(u.wordIds),
          u.documentId ?? null,
          u.segmentIdx ?? null,
          u.author,
          u.at,
          u.at,
        ).lastInsertRowid,
      );
      insertTgt.run(id, u.target);
      return id;
    },

    /**
     * Reference-memory units as a bulk import writes them, `rows` at once, their values row after row:
     * memory, source, target, hash, word numbers as little-endian bytes, author, at, at. The new units get
     * consecutive ids (one statement, under the caller's write lock); returns the last. Their targets are
     * not indexed yet (indexTargets).
     */
    insertRows(rows: number, values: readonly unknown[]): number {
      return bulkRefUnits(rows).run(values).lastInsertRowid as number;
    },

    /**
     * Indexes the targets of the units with ids in [from, to] for concordance, in one statement: the
     * text is read back from the page just written instead of crossing from JS row by row.
     */
    indexTargets(from: number, to: number): void {
      indexTargets.run(from, to);
    },

    /**
     * New word numbers chosen by the caller (it holds the write lock), many rows per statement, in key
     * order: the unique index on the key is then filled page after page instead of at random.
     */
    insertWords(ids: readonly number[], keys: readonly string[]): void {
      const order = Array.from(ids.keys()).sort((a, b) => {
        const ka = keys[a] as string;
        const kb = keys[b] as string;
        return ka < kb ? -1 : ka > kb ? 1 : 0;
      });
      let i = 0;
      for (; i + WORD_BATCH <= order.length; i += WORD_BATCH) {
        const args: (number | string)[] = [];
        for (let j = i; j < i + WORD_BATCH; j++) {
          const at = order[j] as number;
          args.push(ids[at] as number, keys[at] as string);
        }
        insertWordBatch.run(args);
      }
      for (; i < order.length; i++) {
        const at = order[i] as number;
        insertWordWithId.run(ids[at], keys[at]);
      }
    },

    /** Deletes one unit and its concordance row. */
    delete(id: number): void {
      deleteTgt.run(id);
      deleteUnit.run(id);
    },

    /** Every unit id of a memory (for a removal that must also clear the concordance index). */
    idsOfMemory: (memoryId: number): number[] => idsOfMemory.all(memoryId) as number[],
    bySegment: (documentId: number, idx: number): UnitRow | undefined =>
      bySegment.get(documentId, idx) as UnitRow | undefined,
    byHash: (hash: number): UnitRow[] => byHash.all(hash) as UnitRow[],
    byId: (id: number): UnitRow | undefined => byId.get(id) as UnitRow | undefined,
    byIds: (ids: readonly number[]): UnitRow[] =>
      ids.length === 0 ? [] : (byIds.all(JSON.stringify(ids)) as UnitRow[]),
    wordIds(id: number): Uint32Array | undefined {
      const b = wordIdsOf.get(id) as Buffer | undefined;
      return b === undefined ? undefined : toIds(b);
    },
    /** (id, word numbers) of every unit in id order, streamed: the fuzzy index is built from this. */
    *indexRows(): Generator<{ unitId: number; words: Uint32Array }> {
      for (const [id, b] of allRows.iterate() as Iterable<[number, Buffer]>)
        yield { unitId: id, words: idsView(b) };
    },
    /** A page of the same, after unit `id`: the index built between other calls (tm-index-build.ts). */
    indexRowsAfter: (id: number, limit: number): { unitId: number; words: Uint32Array }[] =>
      (rowsAfter.all(id, limit) as [number, Buffer][]).map(([unitId, b]) => ({ unitId, words: idsView(b) })),
    /** Units and stored words in all, to size the fuzzy index's arrays before reading. */
    indexSizes(): { units: number; words: number } {
      const [units, words] = sizes.get() as [number, number];
      return { units, words };
    },
    iterateMemory: (memoryId: number): Iterable<UnitRow> => ofMemory.iterate(memoryId) as Iterable<UnitRow>,
    /** Unit ids whose target matches an FTS5 query, at most `limit`. */
    searchTargets: (match: string, limit: number): number[] => searchTgt.all(match, limit) as number[],
    count: (): number => count.get() as number,
    /** The highest unit id: an instant upper bound on the unit count (COUNT reads the whole table). */
    maxId: (): number => maxId.get() as number,

    keyVersion: (): number | undefined => {
      const v = keyVersion.get() as string | undefined;
      return v === undefined ? undefined : Number(v);
    },
    setKeyVersion: (v: number): void => {
      setKeyVersion.run(String(v));
    },
    /** Drops every word number; the caller re-keys every unit (rekey) after. */
    clearKeys(): void {
      db.prepare('DELETE FROM tm_words').run();
    },
    sourcesAfter: (id: number, limit: number): { id: number; source: string }[] =>
      sourcesAfter.all(id, limit) as { id: number; source: string }[],
    rekey(id: number, exactHash: number, wordIds: Uint32Array): void {
      updateKeys.run(exactHash, blob(wordIds), id);
    },
  };
}

/** The blob's words without a copy when the Buffer is 4-byte aligned (it keeps its memory alive). */
function idsView(b: Buffer): Uint32Array {
  return b.byteOffset % 4 === 0 ? new Uint32Array(b.buffer, b.byteOffset, b.byteLength >>> 2) : toIds(b);
}

function toIds(b: Buffer): Uint32Array {
  // The blob's bytes are copied: a Buffer from SQLite may share a pool and be unaligned.
  const out = new Uint32Array(b.byteLength >>> 2);
  new Uint8Array(out.buffer).set(b.subarray(0, out.length * 4));
  return out;
}

export type TmUnitsRepo = ReturnType<typeof createTmUnitsRepo>;
