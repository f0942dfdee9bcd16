import { MAX_SOURCE_FILE_BYTES } from '../../server/formats/source-text';
import { importSourceFiles } from '../../server/services/source-import';
import { openApi, parse, withApi } from '../context';
import { readUserFile, table, UsageError, type Out } from '../io';

export const importHelp = `Usage: barabar import FILE... [--db FILE] [--json]

Imports Persian reports: text (UTF-8, UTF-16 or Windows-1256), Word (.docx: paragraphs, headings and
list items as paragraphs, tables row by row) and saved web pages (.html/.htm: the article's paragraphs,
without navigation, scripts or styles). All files are checked before any is
written: one bad file means none is imported. Re-importing an unchanged file does nothing; a changed
file with the name of an imported one is refused.`;

export async function importCommand(args: string[], out: Out): Promise<number> {
  const { values, positionals } = parse(args, {});
  if (positionals.length === 0)
    throw new UsageError('import: name at least one FILE (see barabar import --help)');
  // The text of each file is held to the documents service's own limit after conversion.
  const files = positionals.map((p) => readUserFile(p, MAX_SOURCE_FILE_BYTES));
  const api = openApi(values);
  try {
    const results = await importSourceFiles(api.services.documents, files);
    if (values.json)
      out.json(results.map((r) => ({ ...r.document, status: r.status, encoding: r.encoding })));
    else
      for (const r of results)
        out.line(
          `${r.status === 'imported' ? 'imported ' : 'unchanged'}  ${r.document.name}  (id ${r.document.id}, ${r.document.segmentCount} segments, ${r.document.sourceFormat === 'txt' ? r.encoding : r.document.sourceFormat})`,
        );
    return 0;
  } finally {
    api.close();
  }
}

export const listHelp = `Usage: barabar list [--db FILE] [--json]

Lists documents with their segment counts and translation progress.`;

export function listCommand(args: string[], out: Out): number {
  const { values, positionals } = parse(args, {});
  if (positionals.length > 0) throw new UsageError(`list: unexpected argument "${positionals[0]}"`);
  return withApi(values, (api) => {
    const docs = api.services.documents.list();
    if (values.json) {
      out.json(docs);
      return 0;
    }
    if (docs.length === 0) {
      out.line('No documents. Import one with: barabar import FILE');
      return 0;
    }
    const pct = (n: number, of: number) => (of === 0 ? '0%' : `${Math.round((100 * n) / of)}%`);
    out.line(
      table([
        ['id', 'segments', 'drafted', 'confirmed', 'name'],
        ...docs.map((d) => [
          d.id,
          d.segmentCount,
          pct(d.draftedCount, d.segmentCount),
          pct(d.confirmedCount, d.segmentCount),
          d.name,
        ]),
      ]),
    );
    return 0;
  });
}

export const segmentsHelp = `Usage: barabar segments DOC [--db FILE] [--json]

Prints a document's segments. DOC is a document id or its file name. JSON output is an array of
{ "index", "paragraph", "source", "target", "status" }.`;

export function segmentsCommand(args: string[], out: Out): number {
  const { values, positionals } = parse(args, {});
  if (positionals.length !== 1) throw new UsageError('segments: name exactly one DOC (id or file name)');
  return withApi(values, (api) => {
    const doc = api.services.documents.resolve(positionals[0]!);
    const segments = api.services.documents.segments(doc.id);
    if (values.json) {
      out.json(
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
      if (s.paragraph !== paragraph && paragraph !== -1) out.line();
      paragraph = s.paragraph;
      out.line(`${String(s.index).padStart(4)} [${s.status}] \u2067${s.source}\u2069`);
      if (s.target) out.line(`       ${s.target}`);
    }
    return 0;
  });
}
