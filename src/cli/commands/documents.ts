import { displayFileName } from '../../core/text/visible';
import { parse, withContext, type CliContext } from '../context';
import { table, UsageError, type CliIo } from '../io';
import { resolveDocuments } from '../resolve-document';

export const importHelp = `Usage: barabar import FILE... [--db FILE] [--json]

Imports Persian reports (UTF-8, UTF-16 or Windows-1256 text). All files are checked before any is
written: one bad file means none is imported. Re-importing an unchanged file does nothing; a changed
file with the name of an imported one is refused.`;

export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {});
  if (positionals.length === 0)
    throw new UsageError('import: name at least one FILE (see barabar import --help)');
  return withContext(io, values, async (ctx) => {
    const files = [];
    for (const p of positionals) files.push(await ctx.readFile(p, 'report'));
    const results = await ctx.call('documents.importMany', { files });
    if (values.json)
      ctx.out.json(results.map((r) => ({ ...r.document, status: r.status, encoding: r.encoding })));
    else
      for (const r of results)
        ctx.out.line(
          `${r.status === 'imported' ? 'imported ' : 'unchanged'}  ${displayFileName(r.document.name)}  (id ${r.document.id}, ${r.document.segmentCount} segments, ${r.encoding})`,
        );
    return 0;
  });
}

export const listHelp = `Usage: barabar list [--db FILE] [--json]

Lists documents with their segment counts and translation progress.`;

export async function listCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {});
  if (positionals.length > 0) throw new UsageError(`list: unexpected argument "${positionals[0]}"`);
  return withContext(io, values, async (ctx) => {
    const docs = await ctx.call('documents.list', {});
    if (values.json) {
      ctx.out.json(docs);
      return 0;
    }
    if (docs.length === 0) {
      ctx.out.line('No documents. Import one with: barabar import FILE');
      return 0;
    }
    const pct = (n: number, of: number) => (of === 0 ? '0%' : `${Math.round((100 * n) / of)}%`);
    ctx.out.line(
      table([
        ['id', 'segments', 'drafted', 'confirmed', 'name'],
        ...docs.map((d) => [
          d.id,
          d.segmentCount,
          pct(d.draftedCount, d.segmentCount),
          pct(d.confirmedCount, d.segmentCount),
          // Names come from users' files: a U+202E in one would reorder the whole line (issue 13.16).
          displayFileName(d.name),
        ]),
      ]),
    );
    return 0;
  });
}

export const segmentsHelp = `Usage: barabar segments DOC [--db FILE] [--json]

Prints a document's segments. DOC is a document id or its file name. JSON output is an array of
{ "index", "paragraph", "source", "target", "status" }.`;

export async function segmentsCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {});
  if (positionals.length !== 1) throw new UsageError('segments: name exactly one DOC (id or file name)');
  return withContext(io, values, (ctx) => printSegments(ctx, positionals[0]!, values.json === true));
}

async function printSegments(ctx: CliContext, ref: string, json: boolean): Promise<number> {
  const [doc] = await resolveDocuments(ctx, [ref]);
  const { segments } = await ctx.call('documents.get', { id: doc!.id });
  if (json) {
    ctx.out.json(
      segments.map(({ index, paragraph, source, target, status }) => ({
        index,
        paragraph,
        source,
        target,
        status,
      })),
    );
    return 0;
  }
  let paragraph = -1;
  for (const s of segments) {
    if (s.paragraph !== paragraph && paragraph !== -1) ctx.out.line();
    paragraph = s.paragraph;
    ctx.out.line(`${String(s.index).padStart(4)} [${s.status}] \u2067${s.source}\u2069`);
    if (s.target) ctx.out.line(`       ${s.target}`);
  }
  return 0;
}
