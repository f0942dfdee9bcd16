/**
 * The translation memory's storage side: word numbers (tm_words), unit writes, and the in-memory fuzzy
 * index, built lazily from the stored word numbers on the first lookup and kept current afterwards.
 * Callers hold the write transaction; `afterRollback` drops what memory may have learnt inside one.
 */
import { BULK_ROWS } from '../db/bulk-insert';
import { writeTx } from '../db/write';
import { MATCH_KEY_VERSION } from '../../core/text/normalize';
import {
  exactHash,
  exactHashOfKeys,
  exactKey,
  FuzzyIndex,
  PhraseFinder,
  tmText,
  WordTable,
  type TmText,
} from '../../core/tm';
import type { Db } from '../db/open';
import { createTmUnitsRepo, type UnitRow } from '../db/repos/tm-units-repo';
import { NumberSet } from '../../core/collections/number-set';
import { IndexBuild } from './tm-index-build';

export interface UnitInput {
  memoryId: number;
  source: string;
  target: string;
  documentId?: number | undefined;
  segmentIdx?: number | undefined;
  author: string;
  at: string;
}

export function createTmStore(db: Db) {
  const units = createTmUnitsRepo(db);
  let vocab: Map<string, number> | undefined;
  let keys: string[] = [];
  let index: FuzzyIndex | undefined;
  let phrases: { of: FuzzyIndex; finder: PhraseFinder; table: WordTable } | undefined;
  /** The index being built between other calls (startIndexBuild), if it is. */
  let building: IndexBuild | undefined;

  const loadVocab = (): Map<string, number> => {
    if (vocab) return vocab;
    vocab = new Map();
    keys = [];
    for (const w of units.words()) {
      vocab.set(w.key, w.id);
      keys[w.id] = w.key;
    }
    return vocab;
  };

  const wordId = (key: string): number => {
    const v = loadVocab();
    let id = v.get(key);
    if (id === undefined) {
      id = units.insertWord(key);
      v.set(key, id);
      keys[id] = key;
      phrases?.table.add(id, key);
    }
    return id;
  };

  /**
   * Stored keys follow the normaliser's rules: when MATCH_KEY_VERSION changed since they were made,
   * every unit is re-keyed once, in one transaction (minutes for a million units, once per rule change).
   */
  const refreshKeys = (): boolean => {
    if (units.keyVersion() === MATCH_KEY_VERSION) return false;
    writeTx(db, () => {
      if (units.count() > 0) {
        units.clearKeys();
        vocab = new Map();
        keys = [];
        for (let after = 0; ;) {
          const batch = units.sourcesAfter(after, 10_000);
          if (batch.length === 0) break;
          for (const u of batch) {
            const wordKeys = tmText(u.source).words.map((w) => w.key);
            units.rekey(u.id, exactHash(exactKey(wordKeys)), Uint32Array.from(wordKeys, wordId));
            after = u.id;
          }
        }
      }
      units.setKeyVersion(MATCH_KEY_VERSION);
    });
    vocab = undefined;
    index = undefined;
    phrases = undefined;
    return true;
  };
  refreshKeys();

  const getIndex = (): FuzzyIndex => {
    if (index) return index;
    // A build under way is finished here rather than started again.
    index = building ? building.finish() : FuzzyIndex.build(units.indexRows(), units.indexSizes());
    building = undefined;
    return index;
  };

  return {
    units,
    refreshKeys,

    /** Adds a unit (inside the caller's transaction); returns its id. */
    add(u: UnitInput, text: TmText = tmText(u.source)): number {
      const wordKeys = text.words.map((w) => w.key);
      const ids = Uint32Array.from(wordKeys, wordId);
      const id = units.insert({
        ...u,
        exactHash: exactHash(exactKey(wordKeys)),
        wordIds: ids,
      });
      index?.add({ unitId: id, words: ids });
      return id;
    },

    /**
     * The import's adder: the same rows as `add`, without the per-unit object spread and index upkeep
     * (the caller resets the index), reusing one word-number buffer. Inside the caller's transaction,
     * which holds the write lock, so new words get their numbers here and are written in batches, and
     * the targets' concordance index is filled a batch of units at a time. `finish` writes what is
     * still pending and must run before the transaction commits.
     */
    bulkAdder(memoryId: number): BulkAdder {
      const v = loadVocab();
      let nextWord = Math.max(1, keys.length);
      const newIds: number[] = [];
      const newKeys: string[] = [];
      // Repeats inside the file, by hash of (source words, target): a number per unit, not the strings.
      const seen = new NumberSet(1 << 16);
      // The word numbers of the rows waiting for their INSERT, one after the other; each row's BLOB is a
      // Buffer view of its part. Reused once the rows are written (SQLite has copied them by then).
      let ids = new Uint32Array(BULK_ROWS * 64);
      let idBytes = Buffer.from(ids.buffer);
      let used = 0;
      const rowValues: unknown[] = [];
      let rows = 0;
      let firstUnindexed = 0;
      let lastId = 0;
      let pending = 0;
      const writeRows = (): void => {
        if (rows === 0) return;
        lastId = units.insertRows(rows, rowValues);
        if (pending === 0) firstUnindexed = lastId - rows + 1;
        pending += rows;
        rowValues.length = 0;
        rows = 0;
        used = 0;
      };
      const flush = (): void => {
        writeRows();
        if (newIds.length > 0) {
          units.insertWords(newIds, newKeys);
          newIds.length = 0;
          newKeys.length = 0;
        }
        if (pending > 0) units.indexTargets(firstUnindexed, lastId);
        pending = 0;
      };
      return {
        add(source, target, author, at, wordKeys) {
          const n = wordKeys.length;
          const hash = exactHashOfKeys(wordKeys);
          // A repeat is dropped before its words are looked up.
          if (!seen.add(pairHash(hash, exactHash(target)))) return false;
          if (used + n > ids.length) {
            // No room for this source: a new buffer; the rows waiting keep their views of the old one.
            ids = new Uint32Array(Math.max(ids.length, n * 2));
            idBytes = Buffer.from(ids.buffer);
            used = 0;
          }
          for (let i = 0; i < n; i++) {
            const k = wordKeys[i] as string;
            let id = v.get(k);
            if (id === undefined) {
              id = nextWord++;
              v.set(k, id);
              keys[id] = k;
              newIds.push(id);
              newKeys.push(k);
            }
            ids[used + i] = id;
          }
          const blob = idBytes.subarray(used * 4, (used + n) * 4);
          used += n;
          rowValues.push(memoryId, source, target, hash, blob, author, at, at);
          if (++rows === BULK_ROWS) writeRows();
          if (pending >= INDEX_BATCH) flush();
          return true;
        },
        finish: flush,
      };
    },

    delete(id: number): void {
      units.delete(id);
      index?.remove(id);
      building?.deletedUnit(id);
    },

    /** Word number of a key, if any unit has the word. */
    knownWord: (key: string): number | undefined => loadVocab().get(key),
    keyOf: (id: number): string | undefined => (loadVocab(), keys[id]),

    index: (): FuzzyIndex => getIndex(),

    /** The index exists (a lookup will not have to build it). */
    indexReady: (): boolean => index !== undefined,

    /** Units read by the build under way, of how many; ready when the index exists. */
    indexProgress(): { ready: boolean; done: number; total: number } {
      if (index) return { ready: true, done: index.size, total: index.size };
      return { ready: false, done: building?.read ?? 0, total: building?.total ?? units.maxId() };
    },

    /**
     * Builds the index a page of units per turn of the event loop (tm-index-build.ts), so the host keeps
     * answering meanwhile; resolves when it is ready (or was dropped by a reset).
     */
    async startIndexBuild(): Promise<void> {
      if (index || building) return;
      const job = new IndexBuild(units);
      building = job;
      for (;;) {
        await new Promise((resolve) => setImmediate(resolve));
        if (building !== job) return; // finished by a caller that could not wait, or reset
        if (!job.step()) break;
      }
      await new Promise((resolve) => setImmediate(resolve));
      if (building !== job) return;
      index = job.finish();
      building = undefined;
    },

    /** Persian concordance over the fuzzy index (core/tm/phrase.ts), made with it and kept with it. */
    phrases(): PhraseFinder {
      const current = getIndex();
      if (phrases?.of !== current) {
        loadVocab();
        const table = new WordTable(keys);
        phrases = { of: current, table, finder: new PhraseFinder(current, table) };
      }
      return phrases.finder;
    },

    /** Units with exactly these source words (any spelling, punctuation aside). */
    exact(wordKeys: readonly string[]): UnitRow[] {
      return units.byHash(exactHash(exactKey(wordKeys)));
    },

    /** After a rolled-back or bulk write: forget cached words and the index; they are rebuilt on demand. */
    reset(): void {
      vocab = undefined;
      keys = [];
      index = undefined;
      phrases = undefined;
      building = undefined;
    },
  };
}

export type TmStore = ReturnType<typeof createTmStore>;

export interface BulkAdder {
  /**
   * Adds a unit whose source has these word keys (tmKeysInto), or returns false when this adder already
   * added one with the same source words and target. The keys are read at once, not kept.
   */
  add(source: string, target: string, author: string, at: string, wordKeys: readonly string[]): boolean;
  /** Writes the pending new words and target index rows; call it before the transaction commits. */
  finish(): void;
}

/**
 * Units whose targets are indexed for concordance in one statement: large enough that the statement's cost
 * vanishes, and a multiple of BULK_ROWS (the index is brought up to date after whole INSERTs).
 */
const INDEX_BATCH = 2048;

/**
 * One 52-bit number for a pair of 52-bit hashes. The second is scrambled by odd multipliers (a bijection
 * on each half) before it is mixed in, so (a, b) and (b, a) differ.
 */
function pairHash(a: number, b: number): number {
  const lo = ((a >>> 0) ^ Math.imul(b >>> 0, 0x9e3779b1)) >>> 0;
  const hi = (Math.floor(a / 0x100000000) ^ Math.imul(Math.floor(b / 0x100000000), 0x85ebca6b)) & 0xfffff;
  return hi * 0x100000000 + lo;
}
