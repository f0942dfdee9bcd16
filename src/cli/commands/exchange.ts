import {
  ARTICLE_FORMATS,
  EXPORT_FORMATS,
  EXPORT_STATUS_FILTERS,
  UNCONFIRMED_POLICIES,
  type ArticleFormat,
  type ExportFormat,
  type ExportStatusFilter,
  type UnconfirmedPolicy,
} from '../../shared/model';
import { defaultStatusFilter } from '../../server/services/exchange-service';
import type { BarabarApi } from '../../server/create-api';
import { writeFileAtomically } from '../../server/atomic-write';
import { decodeFile } from '../../server/services/decode-file';
import { openApi, parse, withApi } from '../context';
import { readUserFile, UsageError, type Out } from '../io';

export const exportHelp = `Usage: barabar export DOC...|--all --format FORMAT --out FILE [--status confirmed|all] [--db FILE]
       barabar export DOC --format txt|docx|html-target --out FILE [--unconfirmed omit|draft|source]
       barabar export DOC --format review-docx --out FILE.docx

The English article of one document: txt (one paragraph per source paragraph), docx (Word) or
html-target (a web page). While any segment is unconfirmed the export is refused and the segments are
listed (exit 1), unless --unconfirmed says what to do with them: omit (leave out), draft (keep the
draft), source (show the Persian in a marked span).

review-docx: a two-column Word table (segment, Persian, English, status, comments) for a reviewer;
bring it back with barabar import-review.

Bilingual exports of one or more documents: tmx (TMX 1.4b), xliff (XLIFF 2.1), xliff12 (XLIFF 1.2),
tsv, csv, html (side-by-side table for reviewers). --status confirmed carries only translated, reviewed
and final segments (the default for tmx, whose targets other tools apply as final); --status all
carries drafts too (the default for the others). Files are written to a temporary name and renamed
into place when complete.`;

// Bilingual, article and review formats share one --format option; their names do not overlap.
const ALL_FORMATS: string[] = [...EXPORT_FORMATS, ...ARTICLE_FORMATS, 'review-docx'];

export async function exportCommand(args: string[], out: Out): Promise<number> {
  const { values, positionals } = parse(args, {
    all: { type: 'boolean' },
    format: { type: 'string' },
    out: { type: 'string' },
    status: { type: 'string' },
    unconfirmed: { type: 'string' },
  });
  const format = values.format ?? '';
  if (!ALL_FORMATS.includes(format))
    throw new UsageError(`export: --format is one of ${[...new Set(ALL_FORMATS)].join(', ')}`);
  if (!values.out) throw new UsageError('export: --out FILE is required');
  if (!values.all && positionals.length === 0) throw new UsageError('export: name DOCs or give --all');
  if ((ARTICLE_FORMATS as readonly string[]).includes(format) || format === 'review-docx') {
    if (values.all || positionals.length !== 1)
      throw new UsageError(`export: --format ${format} exports exactly one DOC`);
    const policy = (values.unconfirmed ?? 'refuse') as UnconfirmedPolicy;
    if (!UNCONFIRMED_POLICIES.includes(policy))
      throw new UsageError(
        `export: --unconfirmed is one of ${UNCONFIRMED_POLICIES.filter((p) => p !== 'refuse').join(', ')}`,
      );
    const api = openApi(values);
    try {
      return await exportOneDocument(
        api,
        positionals[0]!,
        format as ArticleFormat | 'review-docx',
        policy,
        values.out,
        out,
      );
    } finally {
      api.close();
    }
  }
  const status = (values.status ?? defaultStatusFilter(format as ExportFormat)) as ExportStatusFilter;
  if (!EXPORT_STATUS_FILTERS.includes(status))
    throw new UsageError(`export: --status is one of ${EXPORT_STATUS_FILTERS.join(', ')}`);
  return withApi(values, (api) => {
    const docs = api.services.documents;
    const ids = values.all ? docs.allIds() : positionals.map((ref) => docs.resolve(ref).id);
    const ex = api.services.exchange;
    const { bytes } = writeFileAtomically(values.out!, ex.chunks(ids, format as ExportFormat, status));
    out.line(
      `wrote ${values.out} (${format}, ${ids.length} document${ids.length === 1 ? '' : 's'}, ${bytes} bytes, ${status} segments)`,
    );
    for (const l of ex.leftOut(ids, status))
      out.line(`  left out of ${l.document} (not confirmed): ${l.segments.join(', ')}`);
    return 0;
  });
}

async function exportOneDocument(
  api: BarabarApi,
  ref: string,
  format: ArticleFormat | 'review-docx',
  policy: UnconfirmedPolicy,
  file: string,
  out: Out,
): Promise<number> {
  const id = api.services.documents.resolve(ref).id;
  if (format === 'review-docx') {
    const r = await api.services.review.exportDocx(id);
    const { bytes } = writeFileAtomically(file, [r.bytes]);
    out.line(`wrote ${file} (Word review table, ${bytes} bytes)`);
    return 0;
  }
  const r = await api.services.article.export(id, format, policy);
  const { bytes } = writeFileAtomically(file, [r.bytes]);
  out.line(`wrote ${file} (English article, ${format}, ${bytes} bytes)`);
  if (r.unconfirmed.length > 0) {
    const what =
      policy === 'omit' ? 'left out' : policy === 'draft' ? 'kept as drafts or Persian' : 'shown in Persian';
    out.line(`  ${r.unconfirmed.length} unconfirmed segment(s) ${what}: ${r.unconfirmed.join(', ')}`);
  }
  return 0;
}

export const importXliffHelp = `Usage: barabar import-xliff FILE [--dry-run] [--db FILE] [--json]

Applies the targets of an XLIFF 2.x or 1.2 file exported by Barabar (and perhaps edited in another
CAT tool) to the matching segments. Unknown documents or segment ids reject the whole file; segments
whose source text changed since the export are reported and left alone. --dry-run reports what would
change and writes nothing.`;

export function importXliffCommand(args: string[], out: Out): number {
  const { values, positionals } = parse(args, { 'dry-run': { type: 'boolean' } });
  if (positionals.length !== 1) throw new UsageError('import-xliff: give exactly one FILE');
  const f = readUserFile(positionals[0]!, 200 * 1024 * 1024);
  return withApi(values, (api) => {
    const r = api.services.exchange.importXliff(decodeFile(f.bytes, f.file), f.file, values['dry-run']);
    if (values.json) out.json(r);
    else {
      out.line(
        `${r.file}: ${r.dryRun ? 'would apply' : 'applied'} ${r.applied}, unchanged ${r.unchanged}, not matching ${r.mismatched.length}`,
      );
      for (const m of r.mismatched) out.line(`  skipped ${m.unit}: ${m.reason}`);
    }
    return 0;
  });
}

export const importTmxHelp = `Usage: barabar import-tmx FILE [--dry-run] [--db FILE] [--json]

Loads a Persian→English TMX into the translation memory for later reuse (all units or none).
--dry-run reports how many units would be new and writes nothing.`;

export function importTmxCommand(args: string[], out: Out): number {
  const { values, positionals } = parse(args, { 'dry-run': { type: 'boolean' } });
  if (positionals.length !== 1) throw new UsageError('import-tmx: give exactly one FILE');
  const f = readUserFile(positionals[0]!, 500 * 1024 * 1024);
  return withApi(values, (api) => {
    const r = api.services.exchange.importTmx(decodeFile(f.bytes, f.file), f.file, values['dry-run']);
    if (values.json) out.json(r);
    else
      out.line(`${r.file}: ${r.units} new translation units${r.dryRun ? ' (preview, nothing written)' : ''}`);
    return 0;
  });
}
