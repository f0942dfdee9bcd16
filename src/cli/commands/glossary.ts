import { AppError } from '../../shared/errors';
import {
  GLOSSARY_FORMATS,
  SUBJECTS,
  type Entry,
  type ConflictStrategy,
  type GlossaryFormat,
  type Subject,
  type Term,
} from '../../shared/model';
import type { ApiInput } from '../../shared/api';
import { writeFileAtomically } from '../../server/atomic-write';
import { repoPaths } from '../../server/paths';
import { parse, withContext, type CliContext } from '../context';
import { table, UsageError, type CliIo } from '../io';
import { startCliJob } from '../progress';

export const glossaryHelp = `Usage: barabar glossary <command> [options] [--db FILE]

Commands:
  add --fa TERM --en ENGLISH [--subject S] [--note TEXT] [--definition TEXT] [--source TEXT]
      [--fa-variant TERM]... [--admitted EN]... [--forbidden EN]...   add an entry
  edit ID [same options as add]      replace the given fields of entry ID (--en sets the preferred English)
  remove ID                          delete entry ID (its history is kept)
  list [--subject S] [--json]        list entries
  search QUERY [--json]              search Persian (any spelling) and English terms, notes and definitions
  history ID [--json]                who changed entry ID and when
  import FILE [--format F] [--on-conflict skip|replace|add-as-admitted|fail] [--dry-run]
                                     import OmegaT TSV, CSV, TBX v2 or TBX-Basic v3; all rows or none.
                                     A row whose Persian we render with another preferred English is a
                                     conflict: fail (default) imports nothing, skip keeps ours, replace
                                     takes theirs, add-as-admitted keeps ours and adds theirs as admitted.
                                     --dry-run reports what would change and writes nothing.
  export --format F --out FILE       export as ${GLOSSARY_FORMATS.join(', ')}
  sync [FILE]                        apply the shared termbase file (default: glossary/barabar.termbase)

Subjects: ${SUBJECTS.join(', ')}`;

const ENTRY_OPTIONS = {
  fa: { type: 'string' },
  en: { type: 'string' },
  subject: { type: 'string' },
  note: { type: 'string' },
  definition: { type: 'string' },
  source: { type: 'string' },
  'fa-variant': { type: 'string', multiple: true },
  admitted: { type: 'string', multiple: true },
  forbidden: { type: 'string', multiple: true },
  format: { type: 'string' },
  'on-conflict': { type: 'string' },
  'dry-run': { type: 'boolean' },
  out: { type: 'string' },
} as const;

type EntryFlags = {
  fa?: string | undefined;
  en?: string | undefined;
  subject?: string | undefined;
  note?: string | undefined;
  definition?: string | undefined;
  source?: string | undefined;
  'fa-variant'?: string[] | undefined;
  admitted?: string[] | undefined;
  forbidden?: string[] | undefined;
};

type EntryDraft = ApiInput<'glossary.add'>['entry'];

/**
 * Builds an entry from flags over a base entry (edit) or from nothing (add). Not validated here: the API
 * checks it, with the same messages every door gives.
 */
function entryFromFlags(flags: EntryFlags, base?: Entry): EntryDraft {
  const keep = (pred: (t: Term) => boolean) => (base?.terms ?? []).filter(pred);
  const terms: Term[] = [];
  if (flags.fa !== undefined) terms.push({ lang: 'fa', text: flags.fa, status: 'preferred' });
  else terms.push(...keep((t) => t.lang === 'fa' && t.status === 'preferred').slice(0, 1));
  if (flags['fa-variant'])
    terms.push(
      ...flags['fa-variant'].map((text): Term => ({
        lang: 'fa',
        text,
        status: 'admitted',
        termType: 'variant',
      })),
    );
  else terms.push(...keep((t) => t.lang === 'fa').filter((t) => !terms.includes(t)));
  if (flags.en !== undefined) terms.push({ lang: 'en', text: flags.en, status: 'preferred' });
  else terms.push(...keep((t) => t.lang === 'en' && t.status === 'preferred'));
  if (flags.admitted)
    terms.push(...flags.admitted.map((text): Term => ({ lang: 'en', text, status: 'admitted' })));
  else terms.push(...keep((t) => t.lang === 'en' && t.status === 'admitted'));
  if (flags.forbidden)
    terms.push(...flags.forbidden.map((text): Term => ({ lang: 'en', text, status: 'forbidden' })));
  else terms.push(...keep((t) => t.lang === 'en' && (t.status === 'forbidden' || t.status === 'deprecated')));
  return {
    key: base?.key,
    subject: (flags.subject ?? base?.subject ?? 'general') as Subject,
    definition: flags.definition ?? base?.definition,
    note: flags.note ?? base?.note,
    source: flags.source ?? base?.source,
    terms,
  };
}

function describe(e: Entry): string {
  const fa = e.terms
    .filter((t) => t.lang === 'fa')
    .map((t) => t.text)
    .join(' / ');
  const en = e.terms
    .filter((t) => t.lang === 'en')
    .map((t) => (t.status === 'preferred' ? t.text : `${t.text} (${t.status})`))
    .join('; ');
  return `${String(e.id).padStart(5)}  [${e.subject}] \u2067${fa}\u2069 → ${en}${e.note ? `  — ${e.note}` : ''}`;
}

const idArg = (positionals: string[], cmd: string): number => {
  const raw = positionals[0];
  if (!raw || !/^\d+$/.test(raw)) throw new UsageError(`glossary ${cmd}: give the entry ID (a number)`);
  return Number(raw);
};

export async function glossaryCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (!sub || sub === '--help' || sub === '-h') {
    io.out(`${glossaryHelp}\n`);
    return sub ? 0 : 2;
  }
  const { values, positionals } = parse(rest, ENTRY_OPTIONS);
  if (values.help) {
    io.out(`${glossaryHelp}\n`);
    return 0;
  }
  const run = SUBCOMMANDS[sub];
  if (!run) throw new UsageError(`glossary: unknown command "${sub}" (see barabar glossary --help)`);
  return withContext(io, values, (ctx) => run(ctx, values, positionals));
}

type Values = ReturnType<typeof parse<typeof ENTRY_OPTIONS>>['values'];
type Subcommand = (ctx: CliContext, values: Values, positionals: string[]) => Promise<number>;

/** Every entry, a page at a time (the API hands out at most 1000 per call). */
async function allEntries(ctx: CliContext, query: string | undefined, subject: Subject | undefined) {
  const entries: Entry[] = [];
  for (;;) {
    const page = await ctx.call('glossary.list', { query, subject, limit: 1000, offset: entries.length });
    entries.push(...page.entries);
    if (page.entries.length === 0 || entries.length >= page.total) return { total: page.total, entries };
  }
}

const SUBCOMMANDS: Record<string, Subcommand> = {
  async add(ctx, values) {
    const e = await ctx.call('glossary.add', { entry: entryFromFlags(values) });
    if (values.json) ctx.out.json(e);
    else ctx.out.line(`added ${describe(e)}`);
    return 0;
  },
  async edit(ctx, values, positionals) {
    const id = idArg(positionals, 'edit');
    const base = await ctx.call('glossary.get', { id });
    const e = await ctx.call('glossary.update', { id, entry: entryFromFlags(values, base) });
    if (values.json) ctx.out.json(e);
    else ctx.out.line(`updated ${describe(e)}`);
    return 0;
  },
  async remove(ctx, _values, positionals) {
    const id = idArg(positionals, 'remove');
    await ctx.call('glossary.get', { id });
    await ctx.call('glossary.remove', { id });
    ctx.out.line(`removed entry ${id}`);
    return 0;
  },
  list: (ctx, values, positionals) => listEntries(ctx, values, positionals, 'list'),
  search: (ctx, values, positionals) => listEntries(ctx, values, positionals, 'search'),
  async history(ctx, values, positionals) {
    const id = idArg(positionals, 'history');
    const changes = await ctx.call('glossary.history', { id });
    if (changes.length === 0) throw new AppError('not_found', { what: 'entry', id });
    if (values.json) ctx.out.json(changes);
    else ctx.out.line(table(changes.map((c) => [c.at, c.by, c.action])));
    return 0;
  },
  async import(ctx, values, positionals) {
    if (positionals.length !== 1) throw new UsageError('glossary import: give exactly one FILE');
    // Read from disk by the service while it parses (no upload, no size limit for UTF-8 files); errors and
    // the report cite the path as given.
    const path = positionals[0]!;
    // The format, if given, is checked by the API like every other input.
    const format = values.format as GlossaryFormat | undefined;
    // The strategy, like the format, is checked by the API.
    const onConflict = values['on-conflict'] as ConflictStrategy | undefined;
    const dryRun = values['dry-run'] === true;
    // A bar on a terminal's stderr while it runs; Ctrl+C cancels and nothing is written.
    const job = startCliJob();
    const report = await ctx
      .call('glossary.importFile', { path, format, onConflict, dryRun }, job.call)
      .finally(() => job.finish());
    const verdict = dryRun ? 'PREVIEW, nothing written' : report.applied ? 'imported' : 'NOTHING IMPORTED';
    if (values.json) ctx.out.json(report);
    else {
      ctx.out.line(`${report.file} (${report.format}): ${verdict}`);
      ctx.out.line(
        `  added ${report.added}, updated ${report.updated}, unchanged ${report.unchanged}, conflicts ${report.conflicts.length} (${report.onConflict}), rejected ${report.rejected.length}`,
      );
      for (const c of report.conflicts) ctx.out.line(`  conflict  ${c.where}: ${c.reason} → ${c.action}`);
      for (const r of report.rejected) ctx.out.line(`  rejected  ${r.where}: ${r.reason}`);
    }
    if (dryRun)
      return report.rejected.length > 0 || (report.onConflict === 'fail' && report.conflicts.length > 0)
        ? 1
        : 0;
    if (!report.applied)
      ctx.out.error(
        `${report.file}: ${report.rejected.length} rejected, ${report.conflicts.length} conflicting; nothing imported`,
      );
    return report.applied ? 0 : 1;
  },
  async export(ctx, values) {
    if (!values.format)
      throw new UsageError(`glossary export: --format is one of ${GLOSSARY_FORMATS.join(', ')}`);
    if (!values.out) throw new UsageError('glossary export: --out FILE is required');
    const file = await ctx.call('glossary.export', { format: values.format as GlossaryFormat });
    const { total } = await ctx.call('glossary.list', { limit: 1 });
    const { bytes } = writeFileAtomically(values.out, [file.content]);
    ctx.out.line(`wrote ${total} entries to ${values.out} (${bytes} bytes, ${values.format})`);
    return 0;
  },
  async sync(ctx, values, positionals) {
    const path = positionals[0] ?? repoPaths().glossaryFile;
    const r = await ctx.call('glossary.sync', await ctx.readFile(path, 'glossary'));
    if (values.json) ctx.out.json(r);
    else
      ctx.out.line(
        `${path}: added ${r.added}, updated ${r.updated}, unchanged ${r.unchanged}, in database but not in file ${r.notInFile}`,
      );
    return 0;
  },
};

async function listEntries(ctx: CliContext, values: Values, positionals: string[], sub: 'list' | 'search') {
  if (sub === 'search' && positionals.length === 0) throw new UsageError('glossary search: give a QUERY');
  // The subject, if given, is checked by the API.
  const subject = values.subject as Subject | undefined;
  const { total, entries } = await allEntries(ctx, positionals.join(' ') || undefined, subject);
  if (values.json) ctx.out.json(entries);
  else {
    for (const e of entries) ctx.out.line(describe(e));
    ctx.out.line(`${total} entr${total === 1 ? 'y' : 'ies'}`);
  }
  return 0;
}
