import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../../src/server/create-api';
import { repoPaths } from '../../../src/server/paths';
import type { AppError } from '../../../src/shared/errors';
import { useTempDir } from '../../helpers/temp';

const tempDir = useTempDir();
const { corpusDir, glossaryFile } = repoPaths();

describe('documents service over a real database file', () => {
  it('seeds the corpus and termbase once, and never again after the user deletes them', async () => {
    const db = join(tempDir(), 's.sqlite');
    const api = createApi({ dbPath: db, seed: { corpusDir, glossaryFile } });
    const docs = await api.handlers['documents.list']({});
    expect(docs).toHaveLength(4);
    await api.handlers['documents.remove']({ id: docs[0]!.id });
    api.close();
    const again = createApi({ dbPath: db, seed: { corpusDir, glossaryFile } });
    expect(await again.handlers['documents.list']({})).toHaveLength(3);
    again.close();
  });

  it('keeps the imported text byte-exact and splits it into aligned segments', async () => {
    const api = createApi({ dbPath: join(tempDir(), 's.sqlite'), seed: { corpusDir } });
    const [summary] = await api.handlers['documents.list']({});
    const doc = await api.handlers['documents.get']({ id: summary!.id });
    expect(doc.text).toBe(readFileSync(join(corpusDir, doc.name), 'utf8'));
    expect(doc.segments.length).toBe(summary!.segmentCount);
    expect(doc.segments.every((s) => s.status === 'new' && s.target === '')).toBe(true);
    api.close();
  });

  it('saves drafts and confirmations with the right status, and survives a reopen', async () => {
    const db = join(tempDir(), 's.sqlite');
    const api = createApi({ dbPath: db, seed: { corpusDir } });
    const [d] = await api.handlers['documents.list']({});
    const id = d!.id;
    const draft = await api.handlers['segments.saveTarget']({
      documentId: id,
      index: 1,
      target: 'Major General Bagheri said',
    });
    expect(draft.status).toBe('draft');
    const confirmed = await api.handlers['segments.saveTarget']({
      documentId: id,
      index: 1,
      target: 'Major General Bagheri said.',
      status: 'translated',
    });
    expect(confirmed.status).toBe('translated');
    // Saving the same text again (autosave after confirm) keeps the confirmation; a change makes it a draft.
    expect(
      (
        await api.handlers['segments.saveTarget']({
          documentId: id,
          index: 1,
          target: 'Major General Bagheri said.',
        })
      ).status,
    ).toBe('translated');
    expect(
      (
        await api.handlers['segments.saveTarget']({
          documentId: id,
          index: 1,
          target: 'Major General Bagheri said:',
        })
      ).status,
    ).toBe('draft');
    expect(
      (await api.handlers['segments.saveTarget']({ documentId: id, index: 2, target: '   ' })).status,
    ).toBe('new');
    api.close();

    // A fresh connection (as after a crash and restart) sees every saved keystroke.
    const raw = new Database(db, { readonly: true });
    expect(
      raw.prepare('SELECT target, status FROM segments WHERE document_id = ? AND idx = 1').get(id),
    ).toEqual({
      target: 'Major General Bagheri said:',
      status: 'draft',
    });
    raw.close();
    const reopened = createApi({ dbPath: db });
    const list = await reopened.handlers['documents.list']({});
    expect(list.find((x) => x.id === id)).toMatchObject({ draftedCount: 1, confirmedCount: 0 });
    reopened.close();
  });

  it('names what is missing', async () => {
    const api = createApi({ dbPath: join(tempDir(), 's.sqlite'), seed: { corpusDir } });
    const [d] = await api.handlers['documents.list']({});
    const attempt = (f: () => unknown) => {
      try {
        f();
      } catch (err) {
        return err as AppError;
      }
      throw new Error('expected an error');
    };
    expect(
      attempt(() => api.handlers['segments.saveTarget']({ documentId: d!.id, index: 9999, target: 'x' }))
        .params,
    ).toMatchObject({ what: 'segment' });
    expect(attempt(() => api.handlers['documents.get']({ id: 424242 })).params).toMatchObject({
      what: 'document',
      id: 424242,
    });
    api.close();
  });

  it('moves "modified at" with every saved segment without rewriting the document row', () => {
    let clock = '2026-01-01T00:00:00.000Z';
    const file = join(tempDir(), 's.sqlite');
    const api = createApi({ dbPath: file, now: () => clock });
    try {
      const docs = api.services.documents;
      const [r] = docs.importFiles([
        { name: 'a.txt', file: 'a.txt', bytes: new TextEncoder().encode('سلام. خداحافظ.') },
      ]);
      const id = r!.document.id;
      expect(r!.document.updatedAt).toBe(clock);
      clock = '2026-01-02T00:00:00.000Z';
      docs.saveTarget({ documentId: id, index: 1, target: 'Goodbye.' });
      expect(docs.get(id).updatedAt).toBe(clock);
      expect(docs.list().find((d) => d.id === id)?.updatedAt).toBe(clock);
      clock = '2026-01-03T00:00:00.000Z';
      docs.saveSource({ documentId: id, index: 0, source: 'سلام!' });
      expect(docs.get(id).updatedAt).toBe(clock);
      // The row holding the report text was written once, at import.
      const raw = new Database(file, { readonly: true });
      expect(raw.prepare('SELECT updated_at FROM documents WHERE id = ?').get(id)).toEqual({
        updated_at: '2026-01-01T00:00:00.000Z',
      });
      raw.close();
    } finally {
      api.close();
    }
  });
});
