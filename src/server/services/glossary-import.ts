/**
 * Glossary import as a long job: read, plan against the glossary, stage, publish. Only the publish
 * holds the write lock, and only for set-based SQL; between chunks of the other phases the job reports
 * progress and can be cancelled. All-or-nothing for the user: a rejection, a conflict under "fail", a
 * cancel or an error before the publish leaves the glossary exactly as it was. A dry run stops after the
 * plan: the report says what the import would do and nothing is written.
 *
 * Bounded memory (issue 13.17): each phase streams through a temp table of the staging repo (parsed
 * rows → planned steps → rows to publish), a chunk at a time, so only the file's text and one chunk are
 * in the heap. A 1M-line TSV peaked at 2.3 GB when the rows, the plan and the whole glossary were held.
 *
 * Into an empty glossary (a first load, issue 14.2) there is nothing to plan against: every entry the
 * file passes is an addition. The read phase then stages the rows to publish directly, so a 100,000-entry
 * TBX is written to the temp tables once instead of three times. Should the glossary change before the
 * publish (another import, an edit), the import runs again the staged way from the start of the file.
 * The command line goes one step further (`oneTransaction`, see runInOneTransaction): no temp tables at
 * all, the entries go into the glossary's tables inside one transaction that rolls back on any rejection,
 * error or cancel — the write lock is then held for the whole load, as the TMX import holds it.
 * The parser's duplicate checks use a compact index in the heap (core seen-index.ts), not a temp table.
 */
import {
  EntryCollector,
  compactSeenIndex,
  parseGlossarySteps,
  type ParsedEntry,
} from '../../core/formats/glossary';
import type {
  ConflictStrategy,
  EntryInput,
  GlossaryFormat,
  GlossaryImportReport,
  Term,
} from '../../shared/model';
import type { JobProgress } from '../../shared/jobs';
import type { Db } from '../db/open';
import type { GlossaryRepo } from '../db/repos/glossary-repo';
import type { GlossaryStagingRepo, StagedStep, StagedTerm } from '../db/repos/glossary-staging-repo';
import { enlargePageCache } from '../db/cache-size';
import { inRollbackJournal } from '../db/rollback-journal';
import { writeTx, writeTxAsync } from '../db/write';
import { checkpoint, type JobCall } from '../jobs/job-call';
import { takeBatches, type ParsedBatch } from '../parse-worker/parse-in-worker';
import type { GlossaryItem, GlossaryParseEnd } from '../parse-worker/protocol';
import { planRow } from './glossary-import-plan';
import { heapTrimmer } from './heap-trim';

export { sameContent, stripIds } from './glossary-import-plan';

/** Rows per checkpoint: small enough that a cancel lands within a few tens of milliseconds. */
const CHUNK = 2_000;
/** Longest run of read steps between two checkpoints, in milliseconds. */
const SLICE_MS = 50;
/**
 * Staged rows read from a temp table at once. Small, so each page dies young: a page held across the
 * garbage collector's young-generation passes gets copied to the old generation, which grows the heap.
 */
const PAGE = 200;

export interface GlossaryImportDeps {
  db: Db;
  repo: GlossaryRepo;
  staging: GlossaryStagingRepo;
  keyOf(term: Pick<Term, 'lang' | 'text'>): string;
  now(): string;
  user: string;
}

/**
 * The file's text: whole, or in chunks as it is read from disk. A function, because an import that has
 * to start over (see above) reads the file again.
 */
export type GlossarySource = () => string | Iterable<string>;

export interface GlossaryImportOptions {
  /** What to do with a row whose Persian term we render with another preferred English (default fail). */
  onConflict?: ConflictStrategy | undefined;
  /** Plan and report only; nothing is written. */
  dryRun?: boolean | undefined;
  /**
   * Into an empty glossary, write inside one transaction that holds the write lock for the whole import
   * (see runInOneTransaction). For the command line, whose process has no other connection that could
   * wait on that lock; the app's jobs share a thread with other connections and keep the lock short.
   */
  oneTransaction?: boolean | undefined;
  /** What to report while the file is read (default: entries read, of an unknown total). */
  readProgress?: ((entries: number) => JobProgress) | undefined;
  /**
   * With oneTransaction: the same file parsed on another thread (parse-worker/), its entries handed over
   * in batches while this thread writes the ones before. Used only for the load into an empty glossary;
   * a plan against existing entries reads `source` here.
   */
  parsed?: (() => AsyncGenerator<ParsedBatch<GlossaryItem>, GlossaryParseEnd>) | undefined;
}

/** One import as its three ways of running (direct, one transaction, staged) take it. */
interface ImportRun {
  source: GlossarySource;
  file: string;
  format: GlossaryFormat | undefined;
  /** A checkpoint between chunks: reports progress, may cancel, trims the heap. */
  pause: (p: JobProgress) => Promise<void>;
  call: JobCall;
  options: GlossaryImportOptions;
}

/** Thrown inside the publish when a direct import finds the glossary changed since it began. */
class GlossaryChanged extends Error {}

/** Rolls back an import in one transaction that has rejected rows (nothing is written), with its report. */
class Rejected extends Error {
  constructor(readonly report: GlossaryImportReport) {
    super('rejected rows');
  }
}

/**
 * Page cache while an import writes inside one transaction (KiB). Rows are appended and the indexes built
 * once at the end, so a small cache serves as well as the connection's 64 MB (measured: no slower), and
 * the pages of a 100,000-entry glossary spill to the WAL instead of staying in the process: 15–18 MB less
 * peak memory than with 8 MB (issue 14.2: peak ≤ 2× the file).
 */
const IMPORT_CACHE_KIB = 1024;

function emptyReport(
  file: string,
  format: string,
  rejected: GlossaryImportReport['rejected'],
  options: GlossaryImportOptions,
) {
  const report: GlossaryImportReport = {
    file,
    format,
    added: 0,
    updated: 0,
    unchanged: 0,
    conflicts: [],
    onConflict: options.onConflict ?? 'fail',
    dryRun: options.dryRun ?? false,
    rejected: [...rejected],
    applied: false,
  };
  return report;
}

/** Any rejection, or any conflict under "fail", means nothing is written. */
function blocked(report: GlossaryImportReport): boolean {
  if (report.rejected.length === 0 && (report.onConflict !== 'fail' || report.conflicts.length === 0))
    return false;
  report.added = report.updated = report.unchanged = 0;
  return true;
}

/**
 * Runs `chunk` until it reports no more work, as one temp-table transaction per chunk; between chunks
 * `pause` (a checkpoint) may report progress and cancel. Without `pause` it runs straight through (inside
 * the publish's lock).
 */
async function inChunks(
  staging: GlossaryStagingRepo,
  chunk: () => boolean,
  pause?: () => Promise<void>,
): Promise<void> {
  for (let more = true; more;) {
    if (pause) await pause();
    more = staging.batch(chunk);
  }
}

function inChunksNow(staging: GlossaryStagingRepo, chunk: () => boolean): void {
  while (staging.batch(chunk));
}

type BulkWriter = ReturnType<GlossaryRepo['bulkWriter']>;

/** What the read phase of the one-transaction load found. */
interface ReadOutcome {
  rows: number;
  format: string | undefined;
  rejected: GlossaryImportReport['rejected'];
}

/** The one-transaction load's read, parsed on another thread: each batch is written as it arrives. */
async function readParsed(
  batches: AsyncGenerator<ParsedBatch<GlossaryItem>, GlossaryParseEnd>,
  writer: BulkWriter,
  pause: ImportRun['pause'],
  progress: (rows: number) => JobProgress,
): Promise<ReadOutcome> {
  let rows = 0;
  const take = (items: GlossaryItem[]): void => {
    for (const [entry, keys] of items) writer.add(entry, keys);
    rows += items.length;
  };
  const end = await takeBatches(batches, take, () => pause(progress(rows)));
  return { rows, format: end.format, rejected: end.rejected };
}

export type GlossaryImporter = ReturnType<typeof createGlossaryImporter>;

export function createGlossaryImporter(deps: GlossaryImportDeps) {
  const { db, repo, staging, keyOf } = deps;
  const stagedTerms = (e: EntryInput): StagedTerm[] =>
    e.terms.map(({ id: _id, ...t }) => ({ ...t, key: keyOf(t) }));
  // One import at a time per connection: the staging tables are the connection's.
  let queue: Promise<unknown> = Promise.resolve();

  /** Read phase, parsed rows staged for the plan. */
  const asRows = (seq: number, e: ParsedEntry): void =>
    staging.addRow({ seq, where: e.where, json: JSON.stringify(e.entry) });
  /** Read phase into an empty glossary: staged as rows to publish. */
  const asNew = (seq: number, e: ParsedEntry): void => staging.stageNew(seq, e.entry, stagedTerms(e.entry));

  /**
   * Read phase: parse a chunk of the file and hand each entry it passes to `take` (numbered from 1);
   * false once the file is read. Without `take` the entries are only counted (a preview).
   */
  function reader(
    source: string | Iterable<string>,
    file: string,
    format: GlossaryFormat | undefined,
    take?: (seq: number, e: ParsedEntry) => void,
  ) {
    const collector = new EntryCollector(compactSeenIndex());
    const steps = parseGlossarySteps(source, file, format, collector);
    const state = { rows: 0, format: undefined as string | undefined, collector };
    const flush = () => {
      for (const e of collector.entries.splice(0)) {
        // Counted apart from the call: `take?.(++n)` would skip the count when there is no `take`.
        const seq = ++state.rows;
        take?.(seq, e);
      }
    };
    const chunk = (): boolean => {
      const started = performance.now();
      let more = true;
      // A step is a row (TSV, CSV) or 64k characters of XML: the chunk ends after a slice of time, so
      // progress and cancel come as often for a TBX file as for a TSV one.
      for (let i = 0; more && i < CHUNK && performance.now() - started < SLICE_MS; i++) {
        const r = steps.next();
        // Staged at once rather than per chunk, so no entry outlives the step that read it.
        flush();
        if (r.done === true) {
          state.format = r.value;
          more = false;
        }
      }
      return more;
    };
    return { state, chunk };
  }

  /** Plan phase: plan the next chunk of staged rows into steps; false once every row is planned. */
  function planner(report: GlossaryImportReport) {
    const state = { done: 0, last: 0 };
    const chunk = (): boolean => {
      for (let n = 0; n < CHUNK; n += PAGE) {
        const rows = staging.rowsAfter(state.last, PAGE);
        for (const row of rows) {
          const step = planRow({ repo, keyOf }, report, row);
          if (step) staging.addStep(step);
          state.last = row.seq;
        }
        state.done += rows.length;
        if (rows.length < PAGE) return false;
      }
      return true;
    };
    return { state, chunk };
  }

  /** Write phase: stage the next chunk of steps as rows to publish; false once all are staged. */
  function writer() {
    const state = { done: 0, last: 0, added: 0 };
    const stage = (step: StagedStep): void => {
      const entry = JSON.parse(step.json) as EntryInput;
      if (step.target === undefined) staging.stageNew(++state.added, entry, stagedTerms(entry));
      else staging.stageUpdate(step.target, entry, stagedTerms(entry), step.before ?? '{}');
    };
    const chunk = (): boolean => {
      for (let n = 0; n < CHUNK; n += PAGE) {
        const steps = staging.stepsAfter(state.last, PAGE);
        for (const step of steps) {
          stage(step);
          state.last = step.seq;
        }
        state.done += steps.length;
        if (steps.length < PAGE) return false;
      }
      return true;
    };
    return { state, chunk };
  }

  /** Read progress: entries read so far, or what the caller measures (bytes of a file). */
  const readProgressOf =
    (options: GlossaryImportOptions) =>
    (rows: number): JobProgress =>
      options.readProgress?.(rows) ?? { phase: 'read', done: rows, total: 0 };

  /**
   * Into an empty glossary: read and stage the rows to publish in one pass; the plan is "add them all".
   * Throws GlossaryChanged if the glossary is no longer as it was when the import began.
   */
  async function runDirect(job: ImportRun): Promise<GlossaryImportReport> {
    const { source, file, format, pause, call, options } = job;
    const version = repo.version();
    const progress = readProgressOf(options);
    // A preview only needs the counts: nothing is staged.
    const read = reader(source(), file, format, options.dryRun === true ? undefined : asNew);
    await inChunks(staging, read.chunk, () => pause(progress(read.state.rows)));
    const total = read.state.rows;
    const report = emptyReport(
      file,
      read.state.format ?? format ?? '',
      read.state.collector.rejected,
      options,
    );
    report.added = total;
    await checkpoint(call, { phase: 'plan', done: total, total });
    if (blocked(report) || report.dryRun) return report;
    await checkpoint(call, { phase: 'write', done: total, total });
    // Past this point the import is not cancellable: the publish is one transaction.
    writeTx(db, () => {
      if (repo.version() !== version) throw new GlossaryChanged();
      if (total === 0) return;
      staging.publish(deps.now(), deps.user, repo.nextEntryId());
      repo.bumpVersion();
    });
    report.applied = true;
    return report;
  }

  /**
   * The command line's import into an empty glossary: entries go straight into the glossary's tables,
   * inside one transaction that holds the write lock from the first entry to the commit (as the TMX
   * import does), and rolls back on a rejected row, an error or a cancel. No copy through temp tables;
   * the terms indexes are rebuilt once, sorted, instead of updated per term (issue 14.2). Undefined if
   * the glossary is not empty: the caller then plans the import the staged way.
   */
  async function runInOneTransaction(job: ImportRun): Promise<GlossaryImportReport | undefined> {
    const { source, file, format, pause, call, options } = job;
    const progress = readProgressOf(options);
    const at = deps.now();
    try {
      return await writeTxAsync(db, async () => {
        if (repo.count() !== 0) return undefined;
        // Smaller than the connection's cache, in fact (see IMPORT_CACHE_KIB).
        const restoreCache = enlargePageCache(db, IMPORT_CACHE_KIB);
        try {
          const rebuildIndexes = repo.dropTermIndexes();
          const writer = repo.bulkWriter(at, deps.user);
          const read =
            options.parsed === undefined
              ? await readHere(source(), file, format, writer, pause, progress)
              : await readParsed(options.parsed(), writer, pause, progress);
          writer.finish();
          const total = read.rows;
          const report = emptyReport(file, read.format ?? format ?? '', read.rejected, options);
          report.added = total;
          await checkpoint(call, { phase: 'plan', done: total, total });
          if (blocked(report)) throw new Rejected(report);
          await checkpoint(call, { phase: 'write', done: 0, total });
          // Past this point the import is not cancellable: the indexes are built and the transaction commits.
          rebuildIndexes();
          if (total > 0) repo.bumpVersion();
          report.applied = true;
          return report;
        } finally {
          restoreCache();
        }
      });
    } catch (err) {
      if (err instanceof Rejected) return err.report;
      throw err;
    }
  }

  /** The one-transaction load's read, parsed on this thread: entries are written as they are read. */
  async function readHere(
    source: string | Iterable<string>,
    file: string,
    format: GlossaryFormat | undefined,
    writer: BulkWriter,
    pause: ImportRun['pause'],
    progress: (rows: number) => JobProgress,
  ): Promise<ReadOutcome> {
    const read = reader(source, file, format, (_seq, e) => void writer.add(e.entry));
    await inChunks(staging, read.chunk, () => pause(progress(read.state.rows)));
    return { rows: read.state.rows, format: read.state.format, rejected: read.state.collector.rejected };
  }

  async function runStaged(job: ImportRun): Promise<GlossaryImportReport> {
    const { source, file, format, pause, call, options } = job;
    // The number of entries is not known until the file is read: total 0 shows an indeterminate bar.
    const progress = readProgressOf(options);
    const read = reader(source(), file, format, asRows);
    await inChunks(staging, read.chunk, () => pause(progress(read.state.rows)));
    const total = read.state.rows;
    const rejected = read.state.collector.rejected;
    const fileFormat = read.state.format ?? format ?? '';
    let report = emptyReport(file, fileFormat, rejected, options);
    const version = repo.version();
    const plan = planner(report);
    await inChunks(staging, plan.chunk, () => pause({ phase: 'plan', done: plan.state.done, total }));
    if (blocked(report)) return report;
    // A preview reports the plan; applied stays false because nothing was written.
    if (report.dryRun) return report;

    const steps = staging.stepCount();
    const write = writer();
    await inChunks(staging, write.chunk, () =>
      pause({ phase: 'write', done: write.state.done, total: steps }),
    );
    await checkpoint(call, { phase: 'write', done: steps, total: steps });
    // Past this point the import is not cancellable: the publish is one transaction.
    writeTx(db, () => {
      if (repo.version() !== version) {
        // Another writer changed the glossary since the plan: plan again inside the lock, from the
        // staged rows, so two imports of the same file cannot both add its entries.
        staging.resetPlan();
        report = emptyReport(file, fileFormat, rejected, options);
        inChunksNow(staging, planner(report).chunk);
        if (blocked(report)) return;
        inChunksNow(staging, writer().chunk);
      }
      if (staging.stepCount() === 0) return;
      staging.publish(deps.now(), deps.user, repo.nextEntryId());
      repo.bumpVersion();
    });
    report.applied = !blocked(report);
    return report;
  }

  async function run(
    source: GlossarySource,
    file: string,
    format: GlossaryFormat | undefined,
    call: JobCall,
    options: GlossaryImportOptions,
  ): Promise<GlossaryImportReport> {
    staging.reset();
    const trim = heapTrimmer();
    const pause = (p: JobProgress): Promise<void> => {
      trim();
      return checkpoint(call, p);
    };
    try {
      const importRun: ImportRun = { source, file, format, pause, call, options };
      if (options.oneTransaction === true && options.dryRun !== true) {
        // Appended pages written once, into the file (rollback-journal.ts), when no one else has it open.
        const report = await inRollbackJournal(db, () => runInOneTransaction(importRun));
        if (report) return report;
      }
      if (repo.count() === 0) {
        try {
          return await runDirect(importRun);
        } catch (err) {
          if (!(err instanceof GlossaryChanged)) throw err;
          staging.reset();
        }
      }
      return await runStaged(importRun);
    } finally {
      staging.reset();
    }
  }

  return {
    /** `source` gives the file's text (see GlossarySource); imports on one connection run one at a time. */
    importSource(
      source: GlossarySource,
      file: string,
      format: GlossaryFormat | undefined,
      call: JobCall,
      options: GlossaryImportOptions = {},
    ) {
      const result = queue.then(() => run(source, file, format, call, options));
      queue = result.catch(() => undefined);
      return result;
    },
  };
}
