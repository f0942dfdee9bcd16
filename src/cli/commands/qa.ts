import { parse, withContext } from '../context';
import { table, type CliIo } from '../io';
import { resolveDocuments } from '../resolve-document';

export const qaHelp = `Usage: barabar qa [DOC...] [--all-issues] [--db FILE] [--json]

Runs the consistency checks (terminology, cross-document consistency, numbers, completeness and
hygiene). Consistency is always judged across all documents; the report covers the named DOCs (all by
default). Issues marked "not an error" in the app are left out unless --all-issues is given.
Exit code 1 when an error-severity issue remains, 0 otherwise.`;

export async function qaCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { 'all-issues': { type: 'boolean' } });
  return withContext(io, values, async (ctx) => {
    const ids = (await resolveDocuments(ctx, positionals)).map((d) => d.id);
    const all = await ctx.call('qa.run', { documentIds: ids });
    const issues = all.filter((i) => values['all-issues'] || !i.ignored);
    if (values.json) {
      ctx.out.json(
        issues.map(
          ({ document, documentId, segment, check, severity, message, params, text, key, ignored }) => ({
            document,
            documentId,
            segment,
            check,
            severity,
            message,
            params,
            text,
            key,
            ignored,
          }),
        ),
      );
    } else if (issues.length === 0) {
      ctx.out.line('No issues.');
    } else {
      ctx.out.line(
        table([
          ['severity', 'check', 'document', 'segment', 'text'],
          ...issues.map((i) => [i.severity, i.check, i.document, i.segment, i.text]),
        ]),
      );
      const errors = issues.filter((i) => i.severity === 'error' && !i.ignored).length;
      ctx.out.line(
        `${issues.length} issue${issues.length === 1 ? '' : 's'}, ${errors} error${errors === 1 ? '' : 's'}`,
      );
    }
    return issues.some((i) => i.severity === 'error' && !i.ignored) ? 1 : 0;
  });
}
