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
 */
import { EntryCollector, parseGlossarySteps } from '../../core/formats/glossary';
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
import { writeTx } from '../db/write';
import { checkpoint, type JobCall } from '../jobs/job-call';
import { planRow } from './glossary-import-plan';
import { heapTrimmer } from './heap-trim';

export { sameContent, stripIds } from './glossary-import-plan';

/** Rows per checkpoint: small enough that a cancel lands within a few tens of milliseconds. */
const CHUNK = 2_000;
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

export interface GlossaryImportOptions {
  /** What to do with a row whose Persian term we render with another preferred English (default fail). */
  onConflict?: ConflictStrategy | undefined;
  /** Plan and report only; nothing is written. */
  dryRun?: boolean | undefined;
}

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

export function createGlossaryImporter(deps: GlossaryImportDeps) {
  const { db, repo, staging, keyOf } = deps;
  const stagedTerms = (e: EntryInput): StagedTerm[] =>
    e.terms.map(({ id: _id, ...t }) => ({ ...t, key: keyOf(t) }));
  // One import at a time per connection: the staging tables are the connection's.
  let queue: Promise<unknown> = Promise.resolve();

  /** Read phase: parse a chunk of the file, stage its entries; false once the file is read. */
  function reader(text: string, file: string, format: GlossaryFormat | undefined) {
    const collector = new EntryCollector(staging.seen);
    const steps = parseGlossarySteps(text, file, format, collector);
    const state = { rows: 0, format: undefined as string | undefined, collector };
    const flush = () => {
      for (const e of collector.entries.splice(0)) {
        staging.addRow({ seq: ++state.rows, where: e.where, json: JSON.stringify(e.entry) });
      }
    };
    const chunk = (): boolean => {
      for (let i = 0; i < CHUNK; i++) {
        const r = steps.next();
        // Staged at once rather than per chunk, so no entry outlives the step that read it.
        flush();
        if (r.done === true) {
          state.format = r.value;
          return false;
        }
      }
      return true;
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

  async function run(
    text: string,
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
      // The number of entries is not known until the file is read: total 0 shows an indeterminate bar.
      const read = reader(text, file, format);
      await inChunks(staging, read.chunk, () => pause({ phase: 'read', done: read.state.rows, total: 0 }));
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
        staging.publish(deps.now(), deps.user);
        repo.bumpVersion();
      });
      report.applied = !blocked(report);
      return report;
    } finally {
      staging.reset();
    }
  }

  return {
    importText(
      text: string,
      file: string,
      format: GlossaryFormat | undefined,
      call: JobCall,
      options: GlossaryImportOptions = {},
    ) {
      const result = queue.then(() => run(text, file, format, call, options));
      queue = result.catch(() => undefined);
      return result;
    },
  };
}
