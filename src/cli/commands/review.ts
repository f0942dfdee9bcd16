import { openApi, parse } from '../context';
import { readUserFile, UsageError, type Out } from '../io';

export const importReviewHelp = `Usage: barabar import-review FILE.docx [--doc DOC] [--dry-run] [--db FILE] [--json]

Applies a reviewer's edits from a Word review table (made with barabar export DOC --format review-docx):
each English cell that changed replaces the segment's target, and that segment becomes "reviewed".
The file names its document; --doc chooses another. A file whose Persian no longer matches the document
is refused, naming the segments, and nothing is applied. Emptied English cells are never applied.
--dry-run reports what would change and writes nothing.`;

/** Word files carry images and markup around the text; the same bound as Word sources. */
const MAX_REVIEW_BYTES = 20 * 1024 * 1024;

export async function importReviewCommand(args: string[], out: Out): Promise<number> {
  const { values, positionals } = parse(args, { doc: { type: 'string' }, 'dry-run': { type: 'boolean' } });
  if (positionals.length !== 1) throw new UsageError('import-review: give exactly one FILE.docx');
  const f = readUserFile(positionals[0]!, MAX_REVIEW_BYTES);
  const api = openApi(values);
  try {
    const documentId = values.doc !== undefined ? api.services.documents.resolve(values.doc).id : undefined;
    const r = await api.services.review.importDocx(f.bytes, f.file, {
      documentId,
      dryRun: values['dry-run'],
    });
    if (values.json) {
      out.json(r);
      return 0;
    }
    const verb = r.dryRun ? 'would change' : 'changed';
    out.line(`${r.file} → ${r.document}: ${verb} ${r.applied.length} segment(s), unchanged ${r.unchanged}`);
    for (const a of r.applied) out.line(`  ${a.segment}: ${a.before || '(empty)'} → ${a.after}`);
    if (r.emptied.length > 0) out.line(`  emptied in the file, left as they were: ${r.emptied.join(', ')}`);
    for (const c of r.comments) out.line(`  comment on ${c.segment}: ${c.comment}`);
    return 0;
  } finally {
    api.close();
  }
}
