import { resolve } from 'node:path';
import { writeFileAtomically } from '../../server/atomic-write';
import type { TmBandRow } from '../../shared/tm';
import { parse, withContext, type CliContext } from '../context';
import { table, UsageError, type CliIo } from '../io';
import { startCliJob } from '../progress';
import { resolveDocuments } from '../resolve-document';

export const tmHelp = `Usage: barabar tm <command> [options] [--db FILE] [--json]

The translation memory: the project memory (every confirmed segment) and reference memories.

  tm import FILE.tmx --name NAME     add a reference memory from TMX (OmegaT, Trados, translate-toolkit)
  tm list                            memories and their unit counts
  tm remove NAME                     remove a reference memory
  tm export --out FILE.tmx           write the project memory as TMX 1.4b
  tm lookup TEXT [--min N] [--max N] best matches for a Persian sentence (default --min 70 --max 5)
  tm concordance QUERY [--english]   units containing QUERY in any spelling (--english: in the target)`;

export const pretranslateHelp = `Usage: barabar pretranslate DOC... | --all [--min N] [--confirm-exact] [--db FILE] [--json]

Fills untranslated segments from the translation memory with matches at or above --min (default 100),
as drafts; with --confirm-exact, 100% matches are confirmed. Prints what was filled per band.`;

export const analyseHelp = `Usage: barabar analyse DOC... | --all [--db FILE] [--json]

Source words and segments per band (repetitions, 100%, 95–99, 85–94, 75–84, 50–74, no match) for each
document and in total.`;

const percent = (name: string, value: string | undefined, fallback: number): number => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 100)
    throw new UsageError(`--${name} must be a whole number 0–100`);
  return n;
};

const bandTable = (rows: readonly TmBandRow[]): string =>
  table([['band', 'segments', 'words'], ...rows.map((r) => [r.band, r.segments, r.words])]);

export async function tmCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parse(rest, {
    name: { type: 'string' },
    out: { type: 'string' },
    min: { type: 'string' },
    max: { type: 'string' },
    english: { type: 'boolean' },
  });
  const json = values.json === true;
  switch (sub) {
    case 'import': {
      const [file] = positionals;
      const name = values.name;
      if (!file || !name) throw new UsageError('usage: barabar tm import FILE.tmx --name NAME');
      return withContext(io, values, async (ctx) => {
        // Read from disk as a stream by the service: no upload limit, a progress bar on a terminal. The
        // import passes checkpoints while it reads, so Ctrl+C cancels it there: rolled back, the cancelled
        // message, exit status 130 (a second Ctrl+C exits at once; SQLite then discards the transaction).
        const job = startCliJob();
        const report = await ctx
          .call('tm.importFile', { path: resolve(file), name }, job.call)
          .finally(() => job.finish());
        if (json) ctx.out.json(report);
        else
          ctx.out.line(`Imported ${report.units} units into "${report.name}" (${report.skipped} skipped).`);
        return 0;
      });
    }
    case 'list':
      return withContext(io, values, async (ctx) => {
        const list = await ctx.call('tm.list', {});
        if (json) ctx.out.json(list);
        else
          ctx.out.line(
            table([
              ['name', 'kind', 'units', 'file'],
              ...list.map((m) => [m.name, m.kind, m.units, m.file ?? '']),
            ]),
          );
        return 0;
      });
    case 'remove': {
      const [name] = positionals;
      if (!name) throw new UsageError('usage: barabar tm remove NAME');
      return withContext(io, values, async (ctx) => {
        await ctx.call('tm.remove', { name });
        if (json) ctx.out.json({ removed: name });
        else ctx.out.line(`Removed "${name}".`);
        return 0;
      });
    }
    case 'export': {
      const out = values.out;
      if (!out) throw new UsageError('usage: barabar tm export --out FILE.tmx');
      return withContext(io, values, async (ctx) => {
        const file = await ctx.call('tm.export', {});
        writeFileAtomically(resolve(out), [file.content]);
        const units = file.content.split('<tu ').length - 1;
        if (json) ctx.out.json({ file: out, units });
        else ctx.out.line(`Wrote ${units} units to ${out}.`);
        return 0;
      });
    }
    case 'lookup': {
      const text = positionals.join(' ');
      if (!text.trim()) throw new UsageError('usage: barabar tm lookup TEXT [--min N] [--max N]');
      const min = percent('min', values.min, 70);
      const max = values.max === undefined ? 5 : Number(values.max);
      if (!Number.isInteger(max) || max < 1) throw new UsageError('--max must be a whole number ≥ 1');
      return withContext(io, values, async (ctx) => {
        const matches = await ctx.call('tm.lookup', { text, min, max });
        if (json)
          ctx.out.json(
            matches.map(({ score, source, target, origin, adapted }) => ({
              score,
              source,
              target,
              origin,
              adapted,
            })),
          );
        else if (matches.length === 0) ctx.out.line('No match.');
        else
          ctx.out.line(
            table([
              ['score', 'origin', 'source', 'target'],
              ...matches.map((m) => [`${m.score}%${m.adapted ? '*' : ''}`, m.origin, m.source, m.target]),
            ]),
          );
        return 0;
      });
    }
    case 'concordance': {
      const query = positionals.join(' ');
      if (!query.trim()) throw new UsageError('usage: barabar tm concordance QUERY [--english]');
      return withContext(io, values, async (ctx) => {
        const hits = await ctx.call('tm.concordance', { query, side: values.english ? 'target' : 'source' });
        if (json) ctx.out.json(hits);
        else if (hits.length === 0) ctx.out.line('Nothing found.');
        else
          ctx.out.line(
            table([['origin', 'source', 'target'], ...hits.map((h) => [h.origin, h.source, h.target])]),
          );
        return 0;
      });
    }
    default:
      throw new UsageError(sub ? `unknown tm command "${sub}" (see barabar tm --help)` : tmHelp);
  }
}

async function documentIds(
  ctx: CliContext,
  positionals: string[],
  all: boolean | undefined,
): Promise<number[]> {
  if (all) return (await ctx.call('documents.list', {})).map((d) => d.id);
  if (positionals.length === 0) throw new UsageError('name a document or give --all');
  return (await resolveDocuments(ctx, positionals)).map((d) => d.id);
}

export async function pretranslateCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    all: { type: 'boolean' },
    min: { type: 'string' },
    'confirm-exact': { type: 'boolean' },
  });
  const min = percent('min', values.min, 100);
  return withContext(io, values, async (ctx) => {
    const report = await ctx.call('tm.pretranslate', {
      documentIds: await documentIds(ctx, positionals, values.all),
      min,
      confirmExact: values['confirm-exact'] === true,
    });
    if (values.json) ctx.out.json(report);
    else {
      ctx.out.line(bandTable(report.bands.filter((b) => b.band !== 'repetition' && b.band !== 'none')));
      ctx.out.line(`${report.filled} segments filled, ${report.confirmed} confirmed.`);
    }
    return 0;
  });
}

export async function analyseCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { all: { type: 'boolean' } });
  return withContext(io, values, async (ctx) => {
    const report = await ctx.call('tm.analyse', {
      documentIds: await documentIds(ctx, positionals, values.all),
    });
    if (values.json) ctx.out.json(report);
    else {
      for (const d of report.documents) {
        ctx.out.line(d.name);
        ctx.out.line(bandTable(d.bands));
        ctx.out.line();
      }
      if (report.documents.length > 1) {
        ctx.out.line('Total');
        ctx.out.line(bandTable(report.total));
      }
    }
    return 0;
  });
}
