import { existsSync } from 'node:fs';
import type { TermsFound } from '../../shared/api';
import { parse, withContext } from '../context';
import { UsageError, type CliIo } from '../io';
import { resolveDocuments } from '../resolve-document';

export const termsHelp = `Usage: barabar terms [--glossary FILE] DOC... [--db FILE] [--json]

Finds glossary terms in Persian reports, whatever their spelling. DOC is a text file, or the id or name
of an imported document. With --glossary the terms come from FILE (barabar .termbase, OmegaT TSV, CSV,
TBX); without it, from the glossary in the database. JSON output:
[{ "doc", "hits": [{ "start", "end", "text", "term", "english", "entry", "inflected" }] }]
where start/end are JavaScript string indices into the document's decoded text (BOM removed).`;

export async function termsCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { glossary: { type: 'string' } });
  if (positionals.length === 0)
    throw new UsageError('terms: name at least one DOC (see barabar terms --help)');
  // Files matched against a glossary file need nothing stored: no database is opened or created.
  const needsDb = !values.glossary || positionals.some((ref) => !existsSync(ref));
  return withContext(
    io,
    values,
    async (ctx) => {
      const glossary = values.glossary ? await ctx.readFile(values.glossary, 'glossary') : undefined;
      const results: { doc: string; hits: TermsFound['hits'] }[] = [];
      for (const ref of positionals) {
        const found = existsSync(ref)
          ? await ctx.call('terms.find', { file: await ctx.readFile(ref, 'report'), glossary })
          : await ctx.call('terms.find', {
              documentId: (await resolveDocuments(ctx, [ref]))[0]!.id,
              glossary,
            });
        results.push({ doc: found.document, hits: found.hits });
      }
      if (values.json) ctx.out.json(results);
      else {
        for (const r of results) {
          ctx.out.line(`${r.doc}: ${r.hits.length} term${r.hits.length === 1 ? '' : 's'}`);
          for (const h of r.hits) {
            ctx.out.line(
              `  ${String(h.start).padStart(6)}-${String(h.end).padEnd(6)} \u2067${h.text}\u2069 → ${h.english}${h.inflected ? '  (inflected)' : ''}`,
            );
          }
        }
      }
      return 0;
    },
    needsDb ? undefined : ':memory:',
  );
}
