import { parse, withContext } from '../context';
import { UsageError, type CliIo } from '../io';
import { resolveDocuments } from '../resolve-document';

export const importReviewHelp = `Usage: barabar import-review FILE.docx [--doc DOC] [--dry-run] [--db FILE] [--json]

Applies a reviewer's edits from a Word review table (made with barabar export DOC --format review-docx):
each English cell that changed replaces the segment's target, and that segment becomes "reviewed".
The file names its document; --doc chooses another. A file whose Persian no longer matches the document
is refused, naming the segments, and nothing is applied. Emptied English cells are never applied.
--dry-run reports what would change and writes nothing.`;

export async function importReviewCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { doc: { type: 'string' }, 'dry-run': { type: 'boolean' } });
  if (positionals.length !== 1) throw new UsageError('import-review: give exactly one FILE.docx');
  return withContext(io, values, async (ctx) => {
    const documentId =
      values.doc !== undefined ? (await resolveDocuments(ctx, [values.doc]))[0]!.id : undefined;
    const file = await ctx.readFile(positionals[0]!, 'richReport');
    const r = await ctx.call('exchange.importReview', { ...file, documentId, dryRun: values['dry-run'] });
    if (values.json) {
      ctx.out.json(r);
      return 0;
    }
    const verb = r.dryRun ? 'would change' : 'changed';
    ctx.out.line(
      `${r.file} → ${r.document}: ${verb} ${r.applied.length} segment(s), unchanged ${r.unchanged}`,
    );
    for (const a of r.applied) ctx.out.line(`  ${a.segment}: ${a.before || '(empty)'} → ${a.after}`);
    if (r.emptied.length > 0)
      ctx.out.line(`  emptied in the file, left as they were: ${r.emptied.join(', ')}`);
    for (const c of r.comments) ctx.out.line(`  comment on ${c.segment}: ${c.comment}`);
    return 0;
  });
}
