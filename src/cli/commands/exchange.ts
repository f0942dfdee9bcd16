import { describeSkipped } from '../../core/formats/bilingual/skipped';
import {
  ARTICLE_FORMATS,
  type ArticleFormat,
  type ExportFormat,
  type ExportStatusFilter,
  type UnconfirmedPolicy,
} from '../../shared/model';
import { writeFileAtomically } from '../../server/atomic-write';
import { parse, withContext } from '../context';
import { UsageError, type CliIo } from '../io';
import { resolveDocuments } from '../resolve-document';

export const exportHelp = `Usage: barabar export DOC...|--all --format FORMAT --out FILE [--status confirmed|all] [--db FILE]
       barabar export DOC --format txt|docx|html-target --out FILE [--unconfirmed omit|draft|source]
       barabar export DOC --format review-docx --out FILE.docx

The English article of one document: txt (one paragraph per source paragraph), docx (Word) or
html-target (a web page). While any segment is unconfirmed the export is refused and the segments are
listed (exit 1), unless --unconfirmed says what to do with them: omit (leave out), draft (keep the
draft), source (show the Persian in a marked span).

review-docx: a bilingual Word table (segment, Persian, English, status, comments) for a reviewer;
bring it back with barabar import-review.

Bilingual exports of one or more documents: tmx (TMX 1.4b), xliff (XLIFF 2.1), xliff12 (XLIFF 1.2),
tsv, csv, html (side-by-side table for reviewers). --status confirmed carries only translated, reviewed
and final segments (the default for tmx, whose targets other tools apply as final); --status all
carries drafts too (the default for the others). Files are written to a temporary name and renamed
into place when complete.`;

const ONE_DOCUMENT_FORMATS: readonly string[] = [...ARTICLE_FORMATS, 'review-docx'];

export async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    all: { type: 'boolean' },
    format: { type: 'string' },
    out: { type: 'string' },
    status: { type: 'string' },
    unconfirmed: { type: 'string' },
  });
  if (!values.format) throw new UsageError('export: --format FORMAT is required (see barabar export --help)');
  if (!values.out) throw new UsageError('export: --out FILE is required');
  if (!values.all && positionals.length === 0) throw new UsageError('export: name DOCs or give --all');
  const out = values.out;
  const format = values.format;
  if (ONE_DOCUMENT_FORMATS.includes(format)) {
    if (values.all || positionals.length !== 1)
      throw new UsageError(`export: --format ${format} exports exactly one DOC`);
    return withContext(io, values, async (ctx) => {
      const [doc] = await resolveDocuments(ctx, positionals);
      if (format === 'review-docx') {
        const file = await ctx.call('exchange.exportReview', { documentId: doc!.id });
        const { bytes } = writeFileAtomically(out, [Buffer.from(file.contentBase64, 'base64')]);
        ctx.out.line(`wrote ${out} (Word review table, ${bytes} bytes)`);
        return 0;
      }
      // The format and the policy are checked by the API, like every other input.
      const unconfirmed = values.unconfirmed as UnconfirmedPolicy | undefined;
      const file = await ctx.call('exchange.exportArticle', {
        documentId: doc!.id,
        format: format as ArticleFormat,
        unconfirmed,
      });
      const { bytes } = writeFileAtomically(out, [Buffer.from(file.contentBase64, 'base64')]);
      ctx.out.line(`wrote ${out} (English article, ${format}, ${bytes} bytes)`);
      if (file.unconfirmed.length > 0) {
        const what = {
          omit: 'left out',
          draft: 'kept as drafts (Persian where none)',
          source: 'shown in Persian',
        };
        ctx.out.line(
          `  ${file.unconfirmed.length} unconfirmed segment(s) ${what[unconfirmed as keyof typeof what] ?? ''}: ${file.unconfirmed.join(', ')}`,
        );
      }
      return 0;
    });
  }
  return withContext(io, values, async (ctx) => {
    const docs = values.all ? await ctx.call('documents.list', {}) : await resolveDocuments(ctx, positionals);
    const ids = docs.map((d) => d.id);
    // The format and status filter are checked by the API, like every other input.
    const status = values.status as ExportStatusFilter | undefined;
    const file = await ctx.call('exchange.export', {
      documentIds: ids,
      format: format as ExportFormat,
      status,
    });
    const { bytes } = writeFileAtomically(out, [file.content]);
    ctx.out.line(
      `wrote ${out} (${format}, ${ids.length} document${ids.length === 1 ? '' : 's'}, ${bytes} bytes, ${file.status} segments)`,
    );
    for (const l of file.leftOut)
      ctx.out.line(`  left out of ${l.document} (not confirmed): ${l.segments.join(', ')}`);
    return 0;
  });
}

export const importXliffHelp = `Usage: barabar import-xliff FILE [--dry-run] [--db FILE] [--json]

Applies the targets of an XLIFF 2.x or 1.2 file exported by Barabar (and perhaps edited in another
CAT tool) to the matching segments. Unknown documents or segment ids reject the whole file; segments
whose source text changed since the export are reported and left alone. --dry-run reports what would
change and writes nothing.`;

export async function importXliffCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { 'dry-run': { type: 'boolean' } });
  if (positionals.length !== 1) throw new UsageError('import-xliff: give exactly one FILE');
  return withContext(io, values, async (ctx) => {
    const file = await ctx.readFile(positionals[0]!, 'xliff');
    const r = await ctx.call('exchange.importXliff', { ...file, dryRun: values['dry-run'] });
    if (values.json) ctx.out.json(r);
    else {
      ctx.out.line(
        `${r.file}: ${r.dryRun ? 'would apply' : 'applied'} ${r.applied}, unchanged ${r.unchanged}, not matching ${r.mismatched.length}`,
      );
      for (const m of r.mismatched) ctx.out.line(`  skipped ${m.unit}: ${m.reason}`);
      const untranslated = describeSkipped(r.skipped);
      if (untranslated !== '') ctx.out.line(`  ${untranslated} (kept the document's text)`);
    }
    return 0;
  });
}

export const importTmxHelp = `Usage: barabar import-tmx FILE [--dry-run] [--db FILE] [--json]

Loads a Persian→English TMX into the translation memory as a reference memory named after the file
(all units or none; see also \`barabar tm import\`). --dry-run reports what would be imported and
writes nothing.`;

export async function importTmxCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { 'dry-run': { type: 'boolean' } });
  if (positionals.length !== 1) throw new UsageError('import-tmx: give exactly one FILE');
  return withContext(io, values, async (ctx) => {
    const file = await ctx.readFile(positionals[0]!, 'tmx');
    const r = await ctx.call('exchange.importTmx', { ...file, dryRun: values['dry-run'] });
    if (values.json) ctx.out.json(r);
    else {
      const skipped = describeSkipped(r.skipped);
      const preview = r.dryRun ? ' (preview, nothing written)' : '';
      ctx.out.line(
        `${r.file}: ${r.units} translation units into memory "${r.memory}"${skipped === '' ? '' : `; ${skipped}`}${r.duplicates > 0 ? `; ${r.duplicates} repeated units stored once` : ''}${preview}`,
      );
    }
    return 0;
  });
}
