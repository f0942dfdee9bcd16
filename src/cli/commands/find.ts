import { parse, withContext } from '../context';
import { table, type CliIo } from '../io';
import { resolveDocuments } from '../resolve-document';

const SEARCH_OPTIONS = {
  target: { type: 'boolean' },
  'whole-word': { type: 'boolean' },
  'case-sensitive': { type: 'boolean' },
  regex: { type: 'boolean' },
  doc: { type: 'string', multiple: true },
} as const;

export const findHelp = `Usage: barabar find QUERY [--target] [--whole-word] [--case-sensitive] [--regex] [--doc DOC]... [--json]

Finds QUERY in every document's Persian sources, in any spelling (ي/ی, ك/ک, harakat, ZWNJ or space),
or with --target in the English translations (plain text, whole words, case, or a regular expression;
patterns that could run for ever, such as (a+)+, are refused). --doc limits the search (repeatable).`;

export const replaceHelp = `Usage: barabar replace FIND REPLACEMENT [--dry-run] [--whole-word] [--case-sensitive] [--regex] [--doc DOC]... [--json]

Replaces FIND by REPLACEMENT in the English translations of every document (or the --doc ones), in one
transaction. --dry-run shows what would change and writes nothing. In --regex mode REPLACEMENT may use
$1, $<name> and $&. Confirmed segments stay confirmed (reviewed and final drop back to translated, as the
reviewer signed off another text); the summary says how many confirmed segments changed. The app's
Find panel can undo a whole replace at once.`;

const snippet = (text: string, start: number, end: number): string =>
  `${text.slice(Math.max(0, start - 30), start)}[${text.slice(start, end)}]${text.slice(end, end + 30)}`;

export async function findCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, SEARCH_OPTIONS);
  return withContext(io, values, async (ctx) => {
    const query = positionals.join(' ');
    const documentIds = values.doc ? (await resolveDocuments(ctx, values.doc)).map((d) => d.id) : undefined;
    const { hits, truncated } = await ctx.call('find.search', {
      query,
      field: values.target ? 'target' : 'source',
      wholeWord: values['whole-word'],
      caseSensitive: values['case-sensitive'],
      regex: values.regex,
      documentIds,
    });
    if (values.json) {
      ctx.out.json({
        truncated,
        hits: hits.map(({ documentId, documentName, index, field, start, end, text, status }) => ({
          documentId,
          document: documentName,
          segment: index,
          field,
          start,
          end,
          match: text.slice(start, end),
          text,
          status,
        })),
      });
    } else if (hits.length === 0) {
      ctx.out.line('No matches.');
    } else {
      ctx.out.line(
        table([
          ['document', 'segment', 'match'],
          ...hits.map((h) => [h.documentName, h.index, snippet(h.text, h.start, h.end)]),
        ]),
      );
      ctx.out.line(
        `${hits.length} match${hits.length === 1 ? '' : 'es'}${truncated ? ' (list truncated)' : ''}`,
      );
    }
    return 0;
  });
}

export async function replaceCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { ...SEARCH_OPTIONS, 'dry-run': { type: 'boolean' } });
  return withContext(io, values, async (ctx) => {
    const [query = '', replacement = ''] = positionals;
    const documentIds = values.doc ? (await resolveDocuments(ctx, values.doc)).map((d) => d.id) : undefined;
    const r = await ctx.call('find.replace', {
      query,
      replacement,
      wholeWord: values['whole-word'],
      caseSensitive: values['case-sensitive'],
      regex: values.regex,
      documentIds,
      dryRun: values['dry-run'],
    });
    if (values.json) {
      ctx.out.json(r);
      return 0;
    }
    for (const c of r.changes) {
      ctx.out.line(`${c.documentName} #${c.index} (${c.statusBefore} → ${c.statusAfter})`);
      ctx.out.line(`  - ${c.before}`);
      ctx.out.line(`  + ${c.after}`);
    }
    const verb = r.applied ? 'Replaced' : 'Would replace';
    ctx.out.line(
      `${verb} ${r.replacements} in ${r.changes.length} segment${r.changes.length === 1 ? '' : 's'}; ` +
        `${r.confirmedChanged} confirmed segment${r.confirmedChanged === 1 ? '' : 's'} changed.`,
    );
    return 0;
  });
}
