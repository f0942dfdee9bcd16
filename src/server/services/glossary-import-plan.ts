/**
 * The plan of a glossary import, one staged row at a time: add the entry, update an existing one, leave
 * it (unchanged), or settle a conflict. Matches are looked up in the database per row (by key, else by
 * the Persian term's match key through the terms index) instead of loading the whole glossary, so the
 * plan's memory does not grow with the glossary or the file (issue 13.17).
 */
import { resolveConflict } from '../../core/glossary/import-conflict';
import { englishKey } from '../../core/glossary/term-keys';
import type { Entry, EntryInput, GlossaryImportReport, Term } from '../../shared/model';
import type { GlossaryRepo } from '../db/repos/glossary-repo';
import type { StagedRow, StagedStep } from '../db/repos/glossary-staging-repo';

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

export interface PlanDeps {
  repo: GlossaryRepo;
  keyOf(term: Pick<Term, 'lang' | 'text'>): string;
}

/**
 * Rows are matched to existing entries by key, else by identity (Persian term + preferred English); a
 * Persian term that the glossary already renders with another preferred English is a conflict, settled by
 * the report's `onConflict` (see core/glossary/import-conflict). Returns the step to stage, if any, and
 * counts the outcome in the report.
 */
export function planRow(
  deps: PlanDeps,
  report: GlossaryImportReport,
  row: StagedRow,
): StagedStep | undefined {
  const { repo, keyOf } = deps;
  const entry = stripIds(JSON.parse(row.json) as EntryInput);
  const keyed = entry.key ? repo.idByKey(entry.key) : undefined;
  let target: Entry | undefined = keyed !== undefined ? repo.get(keyed) : undefined;
  if (!target) {
    const preferred = new Set(
      entry.terms.filter((t) => t.lang === 'en' && t.status === 'preferred').map(keyOf),
    );
    const candidates = candidatesFor(deps, entry);
    target = candidates.find((c) =>
      c.terms.some((t) => t.lang === 'en' && t.status === 'preferred' && preferred.has(keyOf(t))),
    );
    const other = candidates.find((c) => c.id !== target?.id);
    if (!target && other) {
      const otherEn = other.terms.find((t) => t.lang === 'en' && t.status === 'preferred')?.text ?? '';
      const resolution = resolveConflict(report.onConflict, stripIds(other), entry, englishKey);
      report.conflicts.push({
        where: row.where,
        reason: `«${entry.terms.find((t) => t.lang === 'fa')?.text}» is already entry ${other.id} with preferred English "${otherEn}"`,
        action: resolution.action,
      });
      if (!resolution.entry) return undefined;
      report.updated++;
      return update(row.seq, other, resolution.entry);
    }
  }
  if (!target) {
    report.added++;
    return { seq: row.seq, target: undefined, json: JSON.stringify(entry), before: undefined };
  }
  if (sameContent(stripIds(target), entry)) {
    report.unchanged++;
    return undefined;
  }
  report.updated++;
  return update(row.seq, target, { ...entry, key: entry.key ?? target.key });
}

function update(seq: number, target: Entry, entry: EntryInput): StagedStep {
  return { seq, target: target.id, json: JSON.stringify(entry), before: JSON.stringify(target) };
}

/** Entries with one of the row's Persian terms, oldest first, each once. */
function candidatesFor(deps: PlanDeps, entry: EntryInput): Entry[] {
  const ids: number[] = [];
  for (const t of entry.terms) {
    if (t.lang !== 'fa') continue;
    for (const id of deps.repo.idsByFaKey(deps.keyOf(t))) if (!ids.includes(id)) ids.push(id);
  }
  const found: Entry[] = [];
  for (const id of ids) {
    const e = deps.repo.get(id);
    if (e) found.push(e);
  }
  return found;
}
