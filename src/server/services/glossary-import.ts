/**
 * Glossary import as a long job: parse, plan against the glossary, stage, publish. Only the publish
 * holds the write lock, and only for set-based SQL; between chunks of the other phases the job reports
 * progress and can be cancelled. All-or-nothing for the user: a rejection, a conflict under "fail", a
 * cancel or an error before the publish leaves the glossary exactly as it was. A dry run stops after the
 * plan: the report says what the import would do and nothing is staged or written.
 */
import { parseGlossary, type ParsedEntry } from '../../core/formats/glossary';
import { resolveConflict } from '../../core/glossary/import-conflict';
import { englishKey } from '../../core/glossary/term-keys';
import type {
  ConflictStrategy,
  Entry,
  EntryInput,
  GlossaryFormat,
  GlossaryImportReport,
  Term,
} from '../../shared/model';
import type { Db } from '../db/open';
import type { GlossaryRepo } from '../db/repos/glossary-repo';
import type { GlossaryStagingRepo, StagedTerm } from '../db/repos/glossary-staging-repo';
import { writeTx } from '../db/write';
import { checkpoint, type JobCall } from '../jobs/job-call';

/** Rows per checkpoint: small enough that a cancel lands within a few tens of milliseconds. */
const CHUNK = 2_000;

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

type Step = { kind: 'add'; entry: EntryInput } | { kind: 'update'; target: Entry; entry: EntryInput };

export function stripIds(e: EntryInput): EntryInput {
  return { ...e, terms: e.terms.map(({ id: _id, ...t }) => t) };
}

/** Compares the content of two entries (ignoring ids and timestamps) to tell "updated" from "unchanged". */
export function sameContent(a: EntryInput, b: EntryInput): boolean {
  const norm = (e: EntryInput) =>
    JSON.stringify([
      e.subject,
      e.definition ?? '',
      e.note ?? '',
      e.source ?? '',
      e.terms.map((t) => [
        t.lang,
        t.text,
        t.status,
        t.partOfSpeech ?? '',
        t.termType ?? '',
        t.note ?? '',
        t.later === true,
      ]),
      (e.contexts ?? []).map((c) => [c.fa, c.en]),
    ]);
  return norm(a) === norm(b);
}

/**
 * Rows are matched to existing entries by key, else by identity (Persian term + preferred English); a
 * Persian term that the glossary already renders with another preferred English is a conflict, settled by
 * the report's `onConflict` (see core/glossary/import-conflict).
 */
function createPlanner(deps: GlossaryImportDeps, report: GlossaryImportReport) {
  const { repo, keyOf } = deps;
  const byFaKey = new Map<string, Entry[]>();
  for (const e of repo.all()) {
    for (const t of e.terms) {
      if (t.lang !== 'fa') continue;
      const k = keyOf(t);
      const list = byFaKey.get(k) ?? [];
      list.push(e);
      byFaKey.set(k, list);
    }
  }
  const steps: Step[] = [];
  const planRow = (row: ParsedEntry): void => {
    const entry = stripIds(row.entry);
    const keyed = entry.key ? repo.idByKey(entry.key) : undefined;
    const preferred = new Set(
      entry.terms.filter((t) => t.lang === 'en' && t.status === 'preferred').map(keyOf),
    );
    let target: Entry | undefined = keyed !== undefined ? repo.get(keyed) : undefined;
    if (!target) {
      const candidates = entry.terms
        .filter((t) => t.lang === 'fa')
        .flatMap((t) => byFaKey.get(keyOf(t)) ?? []);
      target = candidates.find((c) =>
        c.terms.some((t) => t.lang === 'en' && t.status === 'preferred' && preferred.has(keyOf(t))),
      );
      const other = candidates.find((c) => c !== target);
      if (!target && other) {
        const otherEn = other.terms.find((t) => t.lang === 'en' && t.status === 'preferred')?.text ?? '';
        const resolution = resolveConflict(report.onConflict, stripIds(other), entry, englishKey);
        report.conflicts.push({
          where: row.where,
          reason: `«${entry.terms.find((t) => t.lang === 'fa')?.text}» is already entry ${other.id} with preferred English "${otherEn}"`,
          action: resolution.action,
        });
        if (resolution.entry) {
          steps.push({ kind: 'update', target: other, entry: resolution.entry });
          report.updated++;
        }
        return;
      }
    }
    if (!target) {
      steps.push({ kind: 'add', entry });
      report.added++;
    } else if (sameContent(stripIds(target), entry)) {
      report.unchanged++;
    } else {
      steps.push({ kind: 'update', target, entry: { ...entry, key: entry.key ?? target.key } });
      report.updated++;
    }
  };
  return { steps, planRow };
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

export function createGlossaryImporter(deps: GlossaryImportDeps) {
  const { db, repo, staging, keyOf } = deps;
  const stagedTerms = (e: EntryInput): StagedTerm[] =>
    e.terms.map(({ id: _id, ...t }) => ({ ...t, key: keyOf(t) }));
  const stage = (step: Step, seq: number): void => {
    if (step.kind === 'add') staging.stageNew(seq, step.entry, stagedTerms(step.entry));
    else
      staging.stageUpdate(step.target.id, step.entry, stagedTerms(step.entry), JSON.stringify(step.target));
  };
  // One import at a time per connection: the staging tables are the connection's.
  let queue: Promise<unknown> = Promise.resolve();

  async function run(
    text: string,
    file: string,
    format: GlossaryFormat | undefined,
    call: JobCall,
    options: GlossaryImportOptions,
  ): Promise<GlossaryImportReport> {
    // Parsing is one step of unknown length: total 0 shows an indeterminate bar.
    await checkpoint(call, { phase: 'read', done: 0, total: 0 });
    const parsed = parseGlossary(text, file, format);
    const rows = parsed.entries;
    let report = emptyReport(file, parsed.format, parsed.rejected, options);
    const version = repo.version();
    let planner = createPlanner(deps, report);
    for (let i = 0; i < rows.length; i += CHUNK) {
      await checkpoint(call, { phase: 'plan', done: i, total: rows.length });
      for (const row of rows.slice(i, i + CHUNK)) planner.planRow(row);
    }
    if (blocked(report)) return report;
    // A preview reports the plan; applied stays false because nothing was written.
    if (report.dryRun) return report;

    staging.reset();
    try {
      const { steps } = planner;
      let seq = 0;
      for (let i = 0; i < steps.length; i += CHUNK) {
        await checkpoint(call, { phase: 'write', done: i, total: steps.length });
        for (const step of steps.slice(i, i + CHUNK)) stage(step, step.kind === 'add' ? ++seq : 0);
      }
      await checkpoint(call, { phase: 'write', done: steps.length, total: steps.length });
      // Past this point the import is not cancellable: the publish is one transaction.
      writeTx(db, () => {
        if (repo.version() !== version) {
          // Another writer changed the glossary since the plan: plan again inside the lock, so two
          // imports of the same file cannot both add its entries.
          report = emptyReport(file, parsed.format, parsed.rejected, options);
          planner = createPlanner(deps, report);
          for (const row of rows) planner.planRow(row);
          if (blocked(report)) return;
          staging.reset();
          let again = 0;
          for (const step of planner.steps) stage(step, step.kind === 'add' ? ++again : 0);
        }
        if (planner.steps.length === 0) return;
        staging.publish(deps.now(), deps.user);
        repo.bumpVersion();
      });
    } finally {
      staging.reset();
    }
    report.applied = !blocked(report);
    return report;
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
