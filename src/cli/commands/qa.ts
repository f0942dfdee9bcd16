import { parseQaProfileFile } from '../../core/qa';
import { parse, withContext, type CliContext } from '../context';
import { table, type CliIo } from '../io';
import { resolveDocuments } from '../resolve-document';

export const qaHelp = `Usage: barabar qa [DOC...] [--all-issues] [--profile FILE] [--db FILE] [--json]
       barabar qa profile show | export FILE | import FILE [--db FILE] [--json]

Runs the consistency checks (terminology, cross-document consistency, numbers, completeness and
hygiene). Consistency is always judged across all documents; the report covers the named DOCs (all by
default). Issues marked "not an error" in the app are left out unless --all-issues is given.
The QA profile stored in the database (edited in the app's QA view) decides which checks run and with
what severity; --profile FILE uses an exported profile instead (JSON: {"checks": {"ID": {"enabled":
true, "severity": "warning"}}}). \`qa profile export FILE\` writes the stored profile for the team,
\`qa profile import FILE\` stores a shared one (a bad file is refused, naming the field). A document
named "profile" is reached by its id.
Exit code 1 when an error-severity issue remains, 0 otherwise.`;

/** Reads and checks an exported profile here, so a bad file is named with the field that is wrong. */
async function readProfile(ctx: CliContext, path: string) {
  const upload = await ctx.readFile(path, 'qaProfile');
  const text = new TextDecoder().decode(Buffer.from(upload.contentBase64, 'base64'));
  return parseQaProfileFile(text, upload.fileName);
}

export async function qaCommand(args: string[], io: CliIo): Promise<number> {
  if (args[0] === 'profile') return (await import('./qa-profile')).qaProfileCommand(args.slice(1), io);
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
