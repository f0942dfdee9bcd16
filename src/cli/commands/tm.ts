import { closeSync, openSync, renameSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TmBandRow } from '../../shared/tm';
import { readTextChunks } from '../../server/text-chunks';
import { BARABAR_VERSION } from '../../shared/version';
import { parse, withApi } from '../context';
import { table, UsageError, type Out } from '../io';

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
  table([['band', 'segments', 'words'], ...rows.map((r) => [r.band, String(r.segments), String(r.words)])]);

export function tmCommand(args: string[], out: Out): number {
  const [sub, ...rest] = args;
  const { values, positionals } = parse(rest, {
    name: { type: 'string' },
    out: { type: 'string' },
    min: { type: 'string' },
    max: { type: 'string' },
    english: { type: 'boolean' },
  });
  switch (sub) {
    case 'import': {
      const [file] = positionals;
      if (!file || !values.name) throw new UsageError('usage: barabar tm import FILE.tmx --name NAME');
      return withApi(values, (api) => {
        const report = api.services.tm.importTmx(readTextChunks(resolve(file)), file, values.name as string);
        if (values.json) out.json(report);
        else out.line(`Imported ${report.units} units into "${report.name}" (${report.skipped} skipped).`);
        return 0;
      });
    }
    case 'list':
      return withApi(values, (api) => {
        const list = api.services.tm.list();
        if (values.json) out.json(list);
        else
          out.line(
            table([
              ['name', 'kind', 'units', 'file'],
              ...list.map((m) => [m.name, m.kind, String(m.units), m.file ?? '']),
            ]),
          );
        return 0;
      });
    case 'remove': {
      const [name] = positionals;
      if (!name) throw new UsageError('usage: barabar tm remove NAME');
      return withApi(values, (api) => {
        api.services.tm.remove(name);
        if (values.json) out.json({ removed: name });
        else out.line(`Removed "${name}".`);
        return 0;
      });
    }
    case 'export': {
      if (!values.out) throw new UsageError('usage: barabar tm export --out FILE.tmx');
      const target = resolve(values.out);
      return withApi(values, (api) => {
        // Written beside the target and renamed: a failed export never leaves half a file.
        const tmp = `${target}.tmp-${process.pid}`;
        const fd = openSync(tmp, 'w');
        let units = 0;
        try {
          for (const chunk of api.services.tm.exportChunks({
            tool: 'Barabar',
            toolVersion: BARABAR_VERSION,
          })) {
            units += chunk.split('<tu ').length - 1;
            writeSync(fd, chunk);
          }
        } finally {
          closeSync(fd);
        }
        renameSync(tmp, target);
        if (values.json) out.json({ file: values.out, units });
        else out.line(`Wrote ${units} units to ${values.out}.`);
        return 0;
      });
    }
    case 'lookup': {
      const text = positionals.join(' ');
      if (!text.trim()) throw new UsageError('usage: barabar tm lookup TEXT [--min N] [--max N]');
      const min = percent('min', values.min, 70);
      const max = values.max === undefined ? 5 : Number(values.max);
      if (!Number.isInteger(max) || max < 1) throw new UsageError('--max must be a whole number ≥ 1');
      return withApi(values, (api) => {
        const matches = api.services.tm.lookup(text, { min, max });
        if (values.json)
          out.json(
            matches.map(({ score, source, target, origin, adapted }) => ({
              score,
              source,
              target,
              origin,
              adapted,
            })),
          );
        else if (matches.length === 0) out.line('No match.');
        else
          out.line(
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
      return withApi(values, (api) => {
        const hits = api.services.tm.concordance(query, { side: values.english ? 'target' : 'source' });
        if (values.json) out.json(hits);
        else if (hits.length === 0) out.line('Nothing found.');
        else
          out.line(
            table([['origin', 'source', 'target'], ...hits.map((h) => [h.origin, h.source, h.target])]),
          );
        return 0;
      });
    }
    default:
      throw new UsageError(sub ? `unknown tm command "${sub}" (see barabar tm --help)` : tmHelp);
  }
}

function documentIds(
  api: Parameters<Parameters<typeof withApi>[1]>[0],
  positionals: string[],
  all: boolean | undefined,
): number[] {
  if (all) return api.services.documents.allIds();
  if (positionals.length === 0) throw new UsageError('name a document or give --all');
  return positionals.map((ref) => api.services.documents.resolve(ref).id);
}

export function pretranslateCommand(args: string[], out: Out): number {
  const { values, positionals } = parse(args, {
    all: { type: 'boolean' },
    min: { type: 'string' },
    'confirm-exact': { type: 'boolean' },
  });
  const min = percent('min', values.min, 100);
  return withApi(values, (api) => {
    const report = api.services.tmWorkflow.pretranslate({
      documentIds: documentIds(api, positionals, values.all),
      min,
      confirmExact: values['confirm-exact'] === true,
    });
    if (values.json) out.json(report);
    else {
      out.line(bandTable(report.bands.filter((b) => b.band !== 'repetition' && b.band !== 'none')));
      out.line(`${report.filled} segments filled, ${report.confirmed} confirmed.`);
    }
    return 0;
  });
}

export function analyseCommand(args: string[], out: Out): number {
  const { values, positionals } = parse(args, { all: { type: 'boolean' } });
  return withApi(values, (api) => {
    const report = api.services.tmWorkflow.analyse({
      documentIds: documentIds(api, positionals, values.all),
    });
    if (values.json) out.json(report);
    else {
      for (const d of report.documents) {
        out.line(d.name);
        out.line(bandTable(d.bands));
        out.line();
      }
      if (report.documents.length > 1) {
        out.line('Total');
        out.line(bandTable(report.total));
      }
    }
    return 0;
  });
}
