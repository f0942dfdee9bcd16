// The termbase's rules (context renderings, short forms for later mentions) must survive the trip through
// the database: the QA the app and `barabar qa` run reads the entries from SQLite, not from the file. The
// reference translation that core's QA passes quietly must pass just as quietly through the services.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoPaths } from '../../../src/server/paths';
import { REFERENCE_TRANSLATION } from '../../core/qa/reference-translation';
import { useApi } from '../../helpers/db';

describe('termbase rules in the database', () => {
  const { openApi } = useApi();

  it('keeps context renderings and later-mention forms from the shipped termbase, through update and sync', () => {
    const { corpusDir, glossaryFile } = repoPaths();
    const api = openApi({ seed: { corpusDir, glossaryFile } });
    const { glossary } = api.services;
    const withContexts = glossary.all().filter((e) => (e.contexts ?? []).length > 0);
    const withLater = glossary.all().filter((e) => e.terms.some((t) => t.later === true));
    expect(withContexts.length).toBeGreaterThan(10);
    expect(withLater.length).toBeGreaterThan(5);

    const entry = withContexts[0]!;
    const { id: _id, ...input } = entry;
    const updated = glossary.update(entry.id, {
      ...input,
      contexts: [{ fa: 'عبارت آزمایشی', en: 'a test phrase' }],
    });
    expect(updated.contexts).toEqual([{ fa: 'عبارت آزمایشی', en: 'a test phrase' }]);
    // Applying the shipped file again restores the file's data.
    glossary.syncFromTermbase(readFileSync(glossaryFile, 'utf8'), glossaryFile);
    expect(glossary.get(entry.id).contexts).toEqual(entry.contexts);
  });

  it('QA over the database passes the reference translation with no error', () => {
    const { corpusDir, glossaryFile } = repoPaths();
    const api = openApi({ seed: { corpusDir, glossaryFile } });
    const { documents, qa } = api.services;
    let saved = 0;
    for (const doc of documents.list()) {
      const targets = REFERENCE_TRANSLATION[doc.name];
      expect(targets, doc.name).toBeDefined();
      documents.segments(doc.id).forEach((s, i) => {
        documents.saveTarget({
          documentId: doc.id,
          index: s.index,
          target: targets![i]!,
          status: 'translated',
        });
        saved++;
      });
    }
    expect(saved).toBe(57);
    const errors = qa.run().filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.check} ${f.document}#${f.segment}: ${f.text}`)).toEqual([]);
  });
});
