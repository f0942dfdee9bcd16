import { EXPORT_FORMATS, type ExportFormat } from '../../shared/model';
import { describeSkipped } from '../../core/formats/bilingual/skipped';
import { writeFileAtomically } from '../../server/atomic-write';
import { decodeFile } from '../../server/services/decode-file';
import { parse, withApi } from '../context';
import { readUserFile, UsageError, type Out } from '../io';

export const exportHelp = `Usage: barabar export DOC...|--all --format FORMAT --out FILE [--db FILE]

Exports aligned translations. FORMAT: tmx (TMX 1.4b), xliff (XLIFF 2.1), xliff12 (XLIFF 1.2),
tsv, csv, html (side-by-side table for reviewers). The file is written to a temporary name and
renamed into place when complete.`;

export function exportCommand(args: string[], out: Out): number {
  const { values, positionals } = parse(args, {
    all: { type: 'boolean' },
    format: { type: 'string' },
    out: { type: 'string' },
  });
  const format = values.format as ExportFormat | undefined;
  if (!format || !EXPORT_FORMATS.includes(format))
    throw new UsageError(`export: --format is one of ${EXPORT_FORMATS.join(', ')}`);
  if (!values.out) throw new UsageError('export: --out FILE is required');
  if (!values.all && positionals.length === 0) throw new UsageError('export: name DOCs or give --all');
  return withApi(values, (api) => {
    const docs = api.services.documents;
    const ids = values.all ? docs.allIds() : positionals.map((ref) => docs.resolve(ref).id);
    const { bytes } = writeFileAtomically(values.out!, api.services.exchange.chunks(ids, format));
    out.line(
      `wrote ${values.out} (${format}, ${ids.length} document${ids.length === 1 ? '' : 's'}, ${bytes} bytes)`,
    );
    return 0;
  });
}

export const importXliffHelp = `Usage: barabar import-xliff FILE [--db FILE] [--json]

Applies the targets of an XLIFF 2.x or 1.2 file exported by Barabar (and perhaps edited in another
CAT tool) to the matching segments. Unknown documents or segment ids reject the whole file; segments
whose source text changed since the export are reported and left alone.`;

export function importXliffCommand(args: string[], out: Out): number {
  const { values, positionals } = parse(args, {});
  if (positionals.length !== 1) throw new UsageError('import-xliff: give exactly one FILE');
  const f = readUserFile(positionals[0]!, 200 * 1024 * 1024);
  return withApi(values, (api) => {
    const r = api.services.exchange.importXliff(decodeFile(f.bytes, f.file), f.file);
    if (values.json) out.json(r);
    else {
      out.line(
        `${r.file}: applied ${r.applied}, unchanged ${r.unchanged}, not matching ${r.mismatched.length}`,
      );
      for (const m of r.mismatched) out.line(`  skipped ${m.unit}: ${m.reason}`);
      const untranslated = describeSkipped(r.skipped);
      if (untranslated !== '') out.line(`  ${untranslated} (kept the document's text)`);
    }
    return 0;
  });
}

export const importTmxHelp = `Usage: barabar import-tmx FILE [--db FILE] [--json]

Loads a Persian→English TMX into the translation memory for later reuse (all units or none).`;

export function importTmxCommand(args: string[], out: Out): number {
  const { values, positionals } = parse(args, {});
  if (positionals.length !== 1) throw new UsageError('import-tmx: give exactly one FILE');
  const f = readUserFile(positionals[0]!, 500 * 1024 * 1024);
  return withApi(values, (api) => {
    const r = api.services.exchange.importTmx(decodeFile(f.bytes, f.file), f.file);
    if (values.json) out.json(r);
    else {
      const skipped = describeSkipped(r.skipped);
      out.line(`${r.file}: ${r.units} new translation units${skipped === '' ? '' : `; ${skipped}`}`);
    }
    return 0;
  });
}
