/**
 * Translation memory: the project memory (one unit per confirmed segment, updated in place when the
 * segment is confirmed again), reference memories imported from TMX (read-only, removable), fuzzy lookup
 * with adaptation, concordance on both sides, and TMX export of the project memory.
 */
import { writeTx } from '../db/write';
import { writeTmx, type BilingualDoc, type BilingualSegment } from '../../core/formats/bilingual';
import {
  adaptTarget,
  alignWords,
  diffFromOps,
  findSpelled,
  IdScorer,
  queryShape,
  tmScore,
  tmText,
  type TmText,
} from '../../core/tm';
import { AppError } from '../../shared/errors';
import type { Segment } from '../../shared/model';
import type { TmConcordanceHit, TmIndexStatus, TmMatch, TmMemoryInfo } from '../../shared/tm';
import type { Db } from '../db/open';
import { createTmMemoriesRepo, PROJECT_MEMORY_ID } from '../db/repos/tm-memories-repo';
import type { UnitRow } from '../db/repos/tm-units-repo';
import type { DocumentsService } from './documents-service';
import type { GlossaryService } from './glossary-service';
import { importTmxUnits, type TmImportOptions, type TmImportResult } from './tm-import';
import { createTmStore } from './tm-store';

const CONFIRMED = new Set(['translated', 'reviewed', 'final']);
export const PROJECT_MEMORY = 'project';

/**
 * The fuzzy index's pick for exact scoring: the best-weighted CANDIDATES units over at least
 * CANDIDATE_TERMS query words, ranked by their score's upper bound (about half are never scored: see
 * lookup). Measured at a million units of common words (bench/tm.ts): 48 over 6 words agreed with a full
 * scan on 93.6% of 1,000 queries; 512 over 9 on 99.3%, at about twice the lookup CPU (9.8 ms).
 */
const CANDIDATES = 512;
const CANDIDATE_TERMS = 9;

export interface LookupOptions {
  min?: number;
  max?: number;
  /** Leave out the unit of this segment (analysis of a confirmed segment must not match itself). */
  exclude?: { documentId: number; index: number };
  /** Do not wait for the fuzzy index: until it is built (indexStatus), exact matches only. */
  quick?: boolean;
}

export function createTmService(
  db: Db,
  deps: { documents: DocumentsService; glossary: GlossaryService; now: () => string; user: string },
) {
  const memories = createTmMemoriesRepo(db);
  const store = createTmStore(db);
  const { units } = store;
  let synced = false;

  /** Writes one confirmed segment into the project memory (replacing its earlier unit). */
  const record = (documentId: number, seg: Segment, at: string): boolean => {
    if (!CONFIRMED.has(seg.status) || seg.target.trim() === '') return false;
    const old = units.bySegment(documentId, seg.index);
    if (old && old.source === seg.source && old.target === seg.target) return false;
    if (old) store.delete(old.id);
    store.add({
      memoryId: PROJECT_MEMORY_ID,
      source: seg.source,
      target: seg.target,
      documentId,
      segmentIdx: seg.index,
      author: deps.user,
      at: old?.created_at ?? at,
    });
    return true;
  };

  /** Brings the project memory up to date with every confirmed segment (once per process, then live). */
  const sync = (): void => {
    if (synced) return;
    writeTx(db, () => {
      for (const id of deps.documents.allIds())
        for (const seg of [...deps.documents.iterateSegments(id)]) record(id, seg, seg.updatedAt);
    });
    synced = true;
  };

  const docName = (id: number | null): string | undefined =>
    id === null ? undefined : deps.documents.summary(id)?.name;

  const toMatch = (row: UnitRow, score: number, current: TmText, unitText: TmText): TmMatch => {
    const { ops } = alignWords(
      current.words.map((w) => w.key),
      unitText.words.map((w) => w.key),
    );
    const matcher = score < 100 ? deps.glossary.matcher() : undefined;
    const adapted =
      score < 100
        ? adaptTarget({
            current,
            match: unitText,
            target: row.target,
            ops,
            currentHits: matcher?.match(current.text) ?? [],
            matchHits: matcher?.match(row.source) ?? [],
          })
        : { target: row.target, adapted: false, reasons: [] };
    const m: TmMatch = {
      score,
      source: row.source,
      target: adapted.target,
      origin: row.memory,
      adapted: adapted.adapted,
      reasons: adapted.reasons,
      storedTarget: row.target,
      diff: diffFromOps(current, unitText, ops),
      unitId: row.id,
      author: row.author,
      changedAt: row.changed_at,
    };
    const doc = docName(row.document_id);
    if (doc !== undefined) m.document = doc;
    if (row.segment_idx !== null) m.segment = row.segment_idx;
    return m;
  };

  /**
   * Concordance hits from a candidate search (ids in a fixed order; a larger `want` gives a longer list
   * with the same start): each candidate is confirmed on its text, which also gives the ranges, and more
   * candidates are asked for until `limit` hits are confirmed, the search has no more, or `most` were
   * looked at.
   */
  const confirmedHits = (
    search: (want: number) => readonly number[],
    query: string,
    persian: boolean,
    limit: number,
    most = Infinity,
  ): TmConcordanceHit[] => {
    const out: TmConcordanceHit[] = [];
    let seen = 0;
    for (let want = Math.min(limit * 2, most); ; want = Math.min(want * 4, most)) {
      const ids = search(want);
      for (let at = seen; at < ids.length && out.length < limit; at += 100) {
        for (const row of units.byIds(ids.slice(at, Math.min(at + 100, ids.length)))) {
          const ranges = findSpelled(persian ? row.source : row.target, query, persian);
          if (ranges.length === 0) continue;
          out.push({ unitId: row.id, origin: row.memory, source: row.source, target: row.target, ranges });
          if (out.length >= limit) break;
        }
      }
      seen = ids.length;
      if (out.length >= limit || ids.length < want || want >= most) return out;
    }
  };

  const service = {
    /** Records a segment saved through the API: confirmed ones become (or update) project units. */
    segmentSaved(documentId: number, seg: Segment): void {
      // Autosaved drafts (every half second while typing) cost nothing here.
      if (!CONFIRMED.has(seg.status)) return;
      if (!synced) return sync();
      writeTx(db, () => record(documentId, seg, deps.now()));
    },

    list(): TmMemoryInfo[] {
      sync();
      return memories.list().map((m) => ({
        name: m.name,
        kind: m.kind,
        units: m.units,
        ...(m.file === null ? {} : { file: m.file }),
        createdAt: m.created_at,
      }));
    },

    remove(name: string): boolean {
      const m = memories.byName(name);
      if (!m) throw new AppError('not_found', { what: 'memory', id: name });
      if (m.kind === 'project')
        throw new AppError('forbidden', { reason: 'the project memory cannot be removed' });
      writeTx(db, () => {
        for (const id of units.idsOfMemory(m.id)) units.delete(id);
        memories.remove(m.id);
      });
      store.reset();
      return true;
    },

    /**
     * Imports a TMX file as a new reference memory, all or nothing (tm-import.ts). `xml` may be a string
     * or text chunks read from a file. Units without English are skipped; a file with no Persian–English
     * unit at all is an error. Async: it passes checkpoints (progress, cancel) while the file is read.
     */
    async importTmx(
      xml: string | Iterable<string>,
      file: string,
      name: string,
      opts: TmImportOptions = {},
    ): Promise<TmImportResult> {
      if (name.trim() === '') throw new AppError('validation', { field: 'name', message: 'empty' });
      if (name === PROJECT_MEMORY || memories.byName(name))
        throw new AppError('conflict', { field: 'name', value: name });
      return importTmxUnits(db, { store, memories, at: deps.now() }, { xml, file, name }, opts);
    },

    /** A memory name not taken yet: `base`, else `base (2)`, `base (3)`… */
    freeName(base: string): string {
      const clean = base.trim() === '' || base === PROJECT_MEMORY ? 'memory' : base.trim();
      let candidate = clean;
      for (let n = 2; memories.byName(candidate); n++) candidate = `${clean} (${n})`;
      return candidate;
    },

    /** TMX 1.4b of the project memory, by document. */
    exportChunks(opts: { tool: string; toolVersion: string }): Iterable<string> {
      sync();
      const byDoc = new Map<number, BilingualSegment[]>();
      for (const u of units.iterateMemory(PROJECT_MEMORY_ID)) {
        const d = u.document_id ?? 0;
        const list = byDoc.get(d) ?? [];
        list.push({
          index: u.segment_idx ?? list.length,
          paragraph: 0,
          source: u.source,
          target: u.target,
          status: 'translated',
          updatedAt: u.changed_at,
        });
        byDoc.set(d, list);
      }
      const docs: BilingualDoc[] = [...byDoc].map(([id, segments]) => ({
        id,
        name: docName(id) ?? 'project',
        segments,
      }));
      return writeTmx(docs, { ...opts, createdAt: new Date(), srcLang: 'fa-IR', tgtLang: 'en' });
    },

    /** Best matches for a source, best first (ties: newer first). */
    lookup(source: string, opts: LookupOptions = {}): TmMatch[] {
      sync();
      const min = opts.min ?? 70;
      const max = opts.max ?? 5;
      const current = tmText(source);
      const keys = current.words.map((w) => w.key);
      if (keys.length === 0) return [];
      // Candidates: exact spellings by hash, then the fuzzy index's best-weighted units, scored on their
      // stored words; only the best few are read from the database and scored on their text. A quick
      // lookup while the index is still being built takes the exact spellings alone.
      const ids = new Set(store.exact(keys).map((r) => r.id));
      const pre: { id: number; score: number }[] = [];
      if (opts.quick && !store.indexReady()) {
        void store.startIndexBuild();
        for (const id of ids) pre.push({ id, score: 100 });
      } else {
        const index = store.index();
        const scorer = new IdScorer(keys, store.knownWord);
        // The best `keep` scores so far (descending): once a candidate's bound is below the last of
        // them, no later candidate (lower bounds) can enter the results.
        const keep = max * 3;
        const best: number[] = [];
        const floor = (): number => (best.length >= keep ? (best[keep - 1] as number) : min);
        const note = (id: number): void => {
          const w = index.words(id);
          const score = w === undefined ? -1 : scorer.score(w, floor());
          if (score < min) return;
          pre.push({ id, score });
          let at = best.length;
          while (at > 0 && (best[at - 1] as number) < score) at--;
          best.splice(at, 0, score);
          if (best.length > keep) best.pop();
        };
        for (const id of ids) note(id);
        const shape = queryShape(keys, store.knownWord);
        for (const c of index.rankedByBound(shape, {
          limit: CANDIDATES,
          minTerms: CANDIDATE_TERMS,
        })) {
          if (c.bound < min) break;
          if (c.bound < floor()) break;
          if (ids.has(c.unitId)) continue;
          ids.add(c.unitId);
          note(c.unitId);
        }
      }
      pre.sort((a, b) => b.score - a.score);
      // Punctuation can take one point off (99), and duplicates collapse: read a few more than `max`.
      const cut = pre[Math.min(pre.length, max * 3) - 1]?.score ?? 0;
      const scored: { row: UnitRow; score: number; text: TmText }[] = [];
      for (const row of units.byIds(pre.filter((p) => p.score >= cut).map((p) => p.id))) {
        if (
          opts.exclude &&
          row.document_id === opts.exclude.documentId &&
          row.segment_idx === opts.exclude.index
        )
          continue;
        const text = tmText(row.source);
        const score = tmScore(current, text);
        if (score >= min) scored.push({ row, score, text });
      }
      scored.sort(
        (a, b) =>
          b.score - a.score ||
          (a.row.changed_at < b.row.changed_at ? 1 : a.row.changed_at > b.row.changed_at ? -1 : 0) ||
          b.row.id - a.row.id,
      );
      // The same source and target from two memories is one suggestion.
      const out: TmMatch[] = [];
      const shown = new Set<string>();
      for (const s of scored) {
        const k = `${s.row.source}\u0000${s.row.target}`;
        if (shown.has(k)) continue;
        shown.add(k);
        out.push(toMatch(s.row, s.score, current, s.text));
        if (out.length >= max) break;
      }
      return out;
    },

    /** Units whose source (or target) contains the query in any spelling, with the places marked. */
    concordance(
      query: string,
      opts: { side?: 'source' | 'target'; limit?: number } = {},
    ): TmConcordanceHit[] {
      sync();
      const limit = opts.limit ?? 50;
      if (opts.side === 'target') {
        const words = query.match(/[\p{L}\p{N}]+/gu);
        if (!words) return [];
        // Whole words as typed; the last word is taken as the start of a word only when no unit holds
        // them all (it was not finished): an FTS5 prefix query merges the whole list of every word it
        // starts (250 ms for "oil*" in a million units, 13 ms without the star). Without positions, units
        // holding the words apart are candidates too: at most 20 per hit wanted are read, as before.
        const most = limit * 20;
        const search = (prefix: boolean) => (n: number) => units.searchTargets(ftsWords(words, prefix), n);
        if (search(false)(1).length > 0) return confirmedHits(search(false), query, false, limit, most);
        return confirmedHits(search(true), query, false, limit, most);
      }
      // Persian: candidates from the fuzzy index (core/tm/phrase.ts), in unit order.
      const keys = tmText(query).words.map((w) => w.key);
      const finder = store.phrases();
      return confirmedHits((n) => finder.find(keys, n), query, true, limit);
    },

    /** Whether fuzzy matches are ready; if not, the index is being built in the background. */
    indexStatus(): TmIndexStatus {
      sync();
      void store.startIndexBuild();
      return store.indexProgress();
    },

    /** For the bench and tests: how many units the index holds, building it if needed. */
    indexSize: (): number => store.index().size,
  };
  return service;
}

const quote = (k: string): string => `"${k.replace(/"/g, '""')}"`;

/** An FTS5 query for all the words (the index has no positions: migration 003), the last maybe a prefix. */
function ftsWords(words: readonly string[], lastAsPrefix: boolean): string {
  const last = words.length - 1;
  return words.map((k, i) => (i === last && lastAsPrefix ? `${quote(k)}*` : quote(k))).join(' AND ');
}

export type TmService = ReturnType<typeof createTmService>;
