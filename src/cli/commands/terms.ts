import { existsSync } from 'node:fs';
import { buildMatcher, matcherTermsFromEntries } from '../../core/glossary';
import { parseTermbaseFile } from '../../core/glossary/termbase-file';
import { parseGlossary } from '../../core/formats/glossary';
import { decodeText } from '../../core/text/encoding';
import type { Entry, EntryInput, TermHit } from '../../shared/model';
import { MAX_DOCUMENT_BYTES } from '../../server/services/documents-service';
import { decodeFile } from '../../server/services/decode-file';
import { openApi, parse } from '../context';
import { readUserFile, UsageError, type Out } from '../io';
import type { BarabarApi } from '../../server/create-api';

export const termsHelp = `Usage: barabar terms [--glossary FILE] DOC... [--db FILE] [--json]

Finds glossary terms in Persian reports, whatever their spelling. DOC is a text file, or the id or name
of an imported document. With --glossary the terms come from FILE (barabar .termbase, OmegaT TSV, CSV,
TBX); without it, from the glossary in the database. JSON output:
[{ "doc", "hits": [{ "start", "end", "text", "term", "english", "entry", "inflected" }] }]
where start/end are JavaScript string indices into the document's decoded text (BOM removed).`;

/** Entries from a glossary file get their 1-based position in the file as their entry number. */
function entriesFromFile(path: string): Entry[] {
  const f = readUserFile(path, 200 * 1024 * 1024);
  const text = decodeFile(f.bytes, f.file);
  const inputs: EntryInput[] = path.endsWith('.termbase')
    ? parseTermbaseFile(text, f.file).map((e) => e.entry)
    : parseGlossary(text, f.file).entries.map((e) => e.entry);
  const stamp = new Date(0).toISOString();
  return inputs.map((e, i) => ({
    ...e,
    id: i + 1,
    createdAt: stamp,
    createdBy: '',
    modifiedAt: stamp,
    modifiedBy: '',
  }));
}

export function termsCommand(args: string[], out: Out): number {
  const { values, positionals } = parse(args, { glossary: { type: 'string' } });
  if (positionals.length === 0)
    throw new UsageError('terms: name at least one DOC (see barabar terms --help)');
  let api: BarabarApi | undefined;
  try {
    const entries = values.glossary
      ? entriesFromFile(values.glossary)
      : (api = openApi(values)).services.glossary.all();
    const matcher = buildMatcher(matcherTermsFromEntries(entries));
    const results: { doc: string; hits: TermHit[] }[] = positionals.map((ref) => {
      if (existsSync(ref)) {
        const f = readUserFile(ref, MAX_DOCUMENT_BYTES);
        return { doc: f.name, hits: matcher.match(decodeText(f.bytes, f.file).text) };
      }
      api ??= openApi(values);
      const doc = api.services.documents.resolve(ref);
      return { doc: doc.name, hits: matcher.match(api.services.documents.text(doc.id) ?? '') };
    });
    if (values.json) out.json(results);
    else {
      for (const r of results) {
        out.line(`${r.doc}: ${r.hits.length} term${r.hits.length === 1 ? '' : 's'}`);
        for (const h of r.hits) {
          out.line(
            `  ${String(h.start).padStart(6)}-${String(h.end).padEnd(6)} \u2067${h.text}\u2069 → ${h.english}${h.inflected ? '  (inflected)' : ''}`,
          );
        }
      }
    }
    return 0;
  } finally {
    api?.close();
  }
}
