// The termbase's QA rules (a term's `later` flag, an entry's context renderings: migration 005) survive an
// export and a bulk import through the staging tables, in every exchange format: into an empty glossary
// (new entries) and over entries that lost them (updates).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoPaths } from '../../../src/server/paths';
import type { Entry, GlossaryFormat } from '../../../src/shared/model';
import { useApi } from '../../helpers/db';

const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

/** Per entry key: the English terms marked for later mentions, and the context renderings. */
function rules(entries: readonly Entry[]): Map<string, { later: string[]; contexts: string[] }> {
  const out = new Map<string, { later: string[]; contexts: string[] }>();
  for (const e of entries) {
    const later = e.terms.filter((t) => t.later === true).map((t) => `${t.lang}:${t.text}`);
    const contexts = (e.contexts ?? []).map((c) => `${c.fa} => ${c.en}`);
    if (later.length > 0 || contexts.length > 0) out.set(e.key ?? `#${e.id}`, { later, contexts });
  }
  return out;
}

describe('glossary rules through export and staged import', { timeout: 120_000 }, () => {
  const { openApi, tempDir } = useApi();

  it.each<GlossaryFormat>(['tbx', 'tbx-basic', 'tsv', 'csv'])(
    'keeps later flags and contexts in %s',
    async (format) => {
      const { glossaryFile } = repoPaths();
      const shipped = openApi({ dbPath: join(tempDir(), 'shipped.sqlite'), seed: { glossaryFile } });
      const expected = rules(shipped.services.glossary.all());
      expect([...expected.values()].filter((r) => r.contexts.length > 0).length).toBeGreaterThan(10);
      expect([...expected.values()].filter((r) => r.later.length > 0).length).toBeGreaterThan(5);
      const file = await shipped.handlers['glossary.export']({ format });

      // New entries: an empty glossary.
      const fresh = openApi({ dbPath: join(tempDir(), 'fresh.sqlite') });
      const added = await fresh.handlers['glossary.import']({
        fileName: file.fileName,
        contentBase64: b64(file.content),
      });
      expect(added.rejected).toEqual([]);
      expect(rules(fresh.services.glossary.all())).toEqual(expected);

      // Updates: entries that lost their rules get them back from the file.
      const stripped = openApi({ dbPath: join(tempDir(), 'stripped.sqlite'), seed: { glossaryFile } });
      for (const e of stripped.services.glossary.all()) {
        if (!(e.contexts?.length || e.terms.some((t) => t.later))) continue;
        const { id, createdAt: _c, createdBy: _cb, modifiedAt: _m, modifiedBy: _mb, ...input } = e;
        stripped.services.glossary.update(id, {
          ...input,
          contexts: [],
          terms: e.terms.map(({ id: _tid, later: _l, ...t }) => t),
        });
      }
      expect(rules(stripped.services.glossary.all()).size).toBe(0);
      const updated = await stripped.handlers['glossary.import']({
        fileName: file.fileName,
        contentBase64: b64(file.content),
        onConflict: 'replace',
      });
      expect(updated.updated).toBeGreaterThan(10);
      expect(rules(stripped.services.glossary.all())).toEqual(expected);
    },
  );
});
