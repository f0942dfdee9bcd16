import { describeSkipped } from '../../core/formats/bilingual/skipped';
import type { ExportFormat } from '../../shared/model';
import { writeFileAtomically } from '../../server/atomic-write';
import { parse, withContext } from '../context';
import { UsageError, type CliIo } from '../io';
import { resolveDocuments } from '../resolve-document';

export const exportHelp = `Usage: barabar export DOC...|--all --format FORMAT --out FILE [--db FILE]

Exports aligned translations. FORMAT: tmx (TMX 1.4b), xliff (XLIFF 2.1), xliff12 (XLIFF 1.2),
tsv, csv, html (side-by-side table for reviewers). The file is written to a temporary name and
renamed into place when complete.`;

export async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    all: { type: 'boolean' },
    format: { type: 'string' },
    out: { type: 'string' },
  });
  if (!values.format) throw new UsageError('export: --format FORMAT is required (see barabar export --help)');
  if (!values.out) throw new UsageError('export: --out FILE is required');
  if (!values.all && positionals.length === 0) throw new UsageError('export: name DOCs or give --all');
  const out = values.out;
  return withContext(io, values, async (ctx) => {
    const docs = values.all ? await ctx.call('documents.list', {}) : await resolveDocuments(ctx, positionals);
    const ids = docs.map((d) => d.id);
    // The format is checked by the API, like every other input.
    const format = values.format as ExportFormat;
    const file = await ctx.call('exchange.export', { documentIds: ids, format });
    const { bytes } = writeFileAtomically(out, [file.content]);
    ctx.out.line(
      `wrote ${out} (${format}, ${ids.length} document${ids.length === 1 ? '' : 's'}, ${bytes} bytes)`,
    );
    return 0;
  });
}

export const importXliffHelp = `Usage: barabar import-xliff FILE [--db FILE] [--json]

Applies the targets of an XLIFF 2.x or 1.2 file exported by Barabar (and perhaps edited in another
CAT tool) to the matching segments. Unknown documents or segment ids reject the whole file; segments
whose source text changed since the export are reported and left alone.`;

export async function importXliffCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {});
  if (positionals.length !== 1) throw new UsageError('import-xliff: give exactly one FILE');
  return withContext(io, values, async (ctx) => {
    const r = await ctx.call('exchange.importXliff', await ctx.readFile(positionals[0]!, 'xliff'));
    if (values.json) ctx.out.json(r);
    else {
      ctx.out.line(
        `${r.file}: applied ${r.applied}, unchanged ${r.unchanged}, not matching ${r.mismatched.length}`,
      );
      for (const m of r.mismatched) ctx.out.line(`  skipped ${m.unit}: ${m.reason}`);
      const untranslated = describeSkipped(r.skipped);
      if (untranslated !== '') ctx.out.line(`  ${untranslated} (kept the document's text)`);
    }
    return 0;
  });
}

export const importTmxHelp = `Usage: barabar import-tmx FILE [--db FILE] [--json]

Loads a Persian→English TMX into the translation memory for later reuse (all units or none).`;

export async function importTmxCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {});
  if (positionals.length !== 1) throw new UsageError('import-tmx: give exactly one FILE');
  return withContext(io, values, async (ctx) => {
    const r = await ctx.call('exchange.importTmx', await ctx.readFile(positionals[0]!, 'tmx'));
    if (values.json) ctx.out.json(r);
    else {
      const skipped = describeSkipped(r.skipped);
      ctx.out.line(`${r.file}: ${r.units} new translation units${skipped === '' ? '' : `; ${skipped}`}`);
    }
    return 0;
  });
}
