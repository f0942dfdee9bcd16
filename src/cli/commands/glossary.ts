import { entryInputSchema } from '../../shared/api';
import { AppError } from '../../shared/errors';
import {
  CONFLICT_STRATEGIES,
  GLOSSARY_FORMATS,
  SUBJECTS,
  type Entry,
  type EntryInput,
  type ConflictStrategy,
  type GlossaryFormat,
  type Term,
} from '../../shared/model';
import { writeFileAtomically } from '../../server/atomic-write';
import { repoPaths } from '../../server/paths';
import { decodeFile } from '../../server/services/decode-file';
import { parse, withApi } from '../context';
import { readUserFile, table, UsageError, type Out } from '../io';

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
  out: { type: 'string' },
  'on-conflict': { type: 'string' },
  'dry-run': { type: 'boolean' },
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

/** Builds an entry from flags over a base entry (edit) or from nothing (add), validated like the API does. */
function entryFromFlags(flags: EntryFlags, base?: Entry): EntryInput {
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
  const candidate = {
    key: base?.key,
    subject: flags.subject ?? base?.subject ?? 'general',
    definition: flags.definition ?? base?.definition,
    note: flags.note ?? base?.note,
    source: flags.source ?? base?.source,
    terms,
  };
  const parsed = entryInputSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'entry';
    const hint = field === 'terms' && !flags.fa && !base ? ' (give --fa and --en)' : '';
    throw new AppError('validation', { field, message: `${issue?.message ?? 'invalid'}${hint}` });
  }
  return parsed.data as EntryInput;
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

export function glossaryCommand(args: string[], out: Out): number {
  const [sub, ...rest] = args;
  if (!sub || sub === '--help' || sub === '-h') {
    out.line(glossaryHelp);
    return sub ? 0 : 2;
  }
  const { values, positionals } = parse(rest, ENTRY_OPTIONS);
  if (values.help) {
    out.line(glossaryHelp);
    return 0;
  }
  return withApi(values, (api) => {
    const g = api.services.glossary;
    switch (sub) {
      case 'add': {
        const e = g.add(entryFromFlags(values));
        if (values.json) out.json(e);
        else out.line(`added ${describe(e)}`);
        return 0;
      }
      case 'edit': {
        const id = idArg(positionals, 'edit');
        const e = g.update(id, entryFromFlags(values, g.get(id)));
        if (values.json) out.json(e);
        else out.line(`updated ${describe(e)}`);
        return 0;
      }
      case 'remove': {
        const id = idArg(positionals, 'remove');
        g.get(id);
        g.remove(id);
        out.line(`removed entry ${id}`);
        return 0;
      }
      case 'list':
      case 'search': {
        if (sub === 'search' && positionals.length === 0)
          throw new UsageError('glossary search: give a QUERY');
        const subject = values.subject as (typeof SUBJECTS)[number] | undefined;
        if (subject && !SUBJECTS.includes(subject)) throw new UsageError(`unknown subject "${subject}"`);
        const { total, entries } = g.list({
          query: positionals.join(' ') || undefined,
          subject,
          limit: 100_000,
        });
        if (values.json) out.json(entries);
        else {
          for (const e of entries) out.line(describe(e));
          out.line(`${total} entr${total === 1 ? 'y' : 'ies'}`);
        }
        return 0;
      }
      case 'history': {
        const id = idArg(positionals, 'history');
        const changes = g.history(id);
        if (changes.length === 0) throw new AppError('not_found', { what: 'entry', id });
        if (values.json) out.json(changes);
        else out.line(table(changes.map((c) => [c.at, c.by, c.action])));
        return 0;
      }
      case 'import': {
        if (positionals.length !== 1) throw new UsageError('glossary import: give exactly one FILE');
        const format = values.format as GlossaryFormat | undefined;
        if (format && !GLOSSARY_FORMATS.includes(format))
          throw new UsageError(`unknown format "${format}" (${GLOSSARY_FORMATS.join(', ')})`);
        const onConflict = (values['on-conflict'] ?? 'fail') as ConflictStrategy;
        if (!CONFLICT_STRATEGIES.includes(onConflict))
          throw new UsageError(`glossary import: --on-conflict is one of ${CONFLICT_STRATEGIES.join(', ')}`);
        const dryRun = values['dry-run'] === true;
        const f = readUserFile(positionals[0]!, 200 * 1024 * 1024);
        const report = g.importText(decodeFile(f.bytes, f.file), f.file, format, onConflict, dryRun);
        const verdict = dryRun
          ? 'PREVIEW, nothing written'
          : report.applied
            ? 'imported'
            : 'NOTHING IMPORTED';
        if (values.json) out.json(report);
        else {
          out.line(`${report.file} (${report.format}): ${verdict}`);
          out.line(
            `  added ${report.added}, updated ${report.updated}, unchanged ${report.unchanged}, conflicts ${report.conflicts.length} (${report.onConflict}), rejected ${report.rejected.length}`,
          );
          for (const c of report.conflicts) out.line(`  conflict  ${c.where}: ${c.reason} → ${c.action}`);
          for (const r of report.rejected) out.line(`  rejected  ${r.where}: ${r.reason}`);
        }
        if (dryRun)
          return report.rejected.length > 0 || (onConflict === 'fail' && report.conflicts.length > 0) ? 1 : 0;
        if (!report.applied)
          out.error(
            `${report.file}: ${report.rejected.length} rejected, ${report.conflicts.length} conflicting; nothing imported`,
          );
        return report.applied ? 0 : 1;
      }
      case 'export': {
        const format = values.format as GlossaryFormat | undefined;
        if (!format || !GLOSSARY_FORMATS.includes(format))
          throw new UsageError(`glossary export: --format is one of ${GLOSSARY_FORMATS.join(', ')}`);
        if (!values.out) throw new UsageError('glossary export: --out FILE is required');
        const { bytes } = writeFileAtomically(values.out, g.exportChunks(format));
        out.line(`wrote ${g.count()} entries to ${values.out} (${bytes} bytes, ${format})`);
        return 0;
      }
      case 'sync': {
        const file = positionals[0] ?? repoPaths().glossaryFile;
        const f = readUserFile(file, 50 * 1024 * 1024);
        const r = g.syncFromTermbase(decodeFile(f.bytes, f.file), file);
        if (values.json) out.json(r);
        else
          out.line(
            `${file}: added ${r.added}, updated ${r.updated}, unchanged ${r.unchanged}, in database but not in file ${r.notInFile}`,
          );
        return 0;
      }
      default:
        throw new UsageError(`glossary: unknown command "${sub}" (see barabar glossary --help)`);
    }
  });
}
