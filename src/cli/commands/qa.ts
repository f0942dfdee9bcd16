import { parseQaProfileFile } from '../../core/qa';
import { parse, withContext, type CliContext } from '../context';
import { table, type CliIo } from '../io';
import { resolveDocuments } from '../resolve-document';

export const qaHelp = `Usage: barabar qa [DOC...] [--all-issues] [--profile FILE] [--db FILE] [--json]

Runs the consistency checks (terminology, cross-document consistency, numbers, completeness and
hygiene). Consistency is always judged across all documents; the report covers the named DOCs (all by
default). Issues marked "not an error" in the app are left out unless --all-issues is given.
--profile FILE uses an exported QA profile (JSON: which checks run, with what severity).
Exit code 1 when an error-severity issue remains, 0 otherwise.`;

/** Reads and checks an exported profile here, so a bad file is named with the field that is wrong. */
async function readProfile(ctx: CliContext, path: string) {
  const upload = await ctx.readFile(path, 'qaProfile');
  const text = new TextDecoder().decode(Buffer.from(upload.contentBase64, 'base64'));
  return parseQaProfileFile(text, upload.fileName);
}

export async function qaCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    'all-issues': { type: 'boolean' },
    profile: { type: 'string' },
  });
  return withContext(io, values, async (ctx) => {
    const profile = values.profile === undefined ? undefined : await readProfile(ctx, values.profile);
    const ids = (await resolveDocuments(ctx, positionals)).map((d) => d.id);
    const all = await ctx.call('qa.run', profile ? { documentIds: ids, profile } : { documentIds: ids });
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
