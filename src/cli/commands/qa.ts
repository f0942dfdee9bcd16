import { parseQaProfileFile } from '../../core/qa';
import { parse, withApi } from '../context';
import { readUserFile, table, type Out } from '../io';

/** A profile is a few hundred bytes; a megabyte is far more than any real one. */
const PROFILE_LIMIT = 1024 * 1024;

export const qaHelp = `Usage: barabar qa [DOC...] [--all-issues] [--profile FILE] [--db FILE] [--json]

Runs the consistency checks (terminology, cross-document consistency, numbers, completeness and
hygiene). Consistency is always judged across all documents; the report covers the named DOCs (all by
default). Issues marked "not an error" in the app are left out unless --all-issues is given.
--profile FILE uses an exported QA profile (JSON: which checks run, with what severity).
Exit code 1 when an error-severity issue remains, 0 otherwise.`;

function readProfile(file: string) {
  return parseQaProfileFile(new TextDecoder().decode(readUserFile(file, PROFILE_LIMIT).bytes), file);
}

export function qaCommand(args: string[], out: Out): number {
  const { values, positionals } = parse(args, {
    'all-issues': { type: 'boolean' },
    profile: { type: 'string' },
  });
  const profile = values.profile === undefined ? undefined : readProfile(values.profile);
  return withApi(values, (api) => {
    const ids = positionals.map((ref) => api.services.documents.resolve(ref).id);
    const issues = api.services.qa.run(ids, profile).filter((i) => values['all-issues'] || !i.ignored);
    if (values.json) {
      out.json(
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
      out.line('No issues.');
    } else {
      out.line(
        table([
          ['severity', 'check', 'document', 'segment', 'text'],
          ...issues.map((i) => [i.severity, i.check, i.document, i.segment, i.text]),
        ]),
      );
      const errors = issues.filter((i) => i.severity === 'error' && !i.ignored).length;
      out.line(
        `${issues.length} issue${issues.length === 1 ? '' : 's'}, ${errors} error${errors === 1 ? '' : 's'}`,
      );
    }
    return issues.some((i) => i.severity === 'error' && !i.ignored) ? 1 : 0;
  });
}
