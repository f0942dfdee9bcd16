import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi, type BarabarApi } from '../../../src/server/create-api';
import { readReviewDocx } from '../../../src/server/formats/read-review';
import { repoPaths } from '../../../src/server/paths';
import { useTempDir } from '../../helpers/temp';

const tempDir = useTempDir();
/** Handlers may throw synchronously; the doors turn that into a rejected call, and so does this. */
const rejected = async <T>(fn: () => T): Promise<Awaited<T>> => await fn();
const { corpusDir } = repoPaths();
const open: BarabarApi[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

async function seeded() {
  const file = join(tempDir(), 'tools.sqlite');
  const api = createApi({
    dbPath: file,
    seed: { corpusDir },
    user: 'reviewer',
    now: () => '2026-12-01T00:00:00Z',
  });
  open.push(api);
  const docs = await api.handlers['documents.list']({});
  return { api, h: api.handlers, docs, file };
}

describe('find and replace across documents (real SQLite)', () => {
  it('finds Persian sources in another spelling across all documents', async () => {
    const { h, docs } = await seeded();
    // The corpus writes «رئیس»; a search typed with the other spelling finds the same places.
    const a = await h['find.search']({ query: 'رییس', field: 'source' });
    const b = await h['find.search']({ query: 'رئیس', field: 'source' });
    expect(a.hits.length).toBeGreaterThan(0);
    expect(a.hits.map((x) => [x.documentId, x.index, x.start])).toEqual(
      b.hits.map((x) => [x.documentId, x.index, x.start]),
    );
    expect(new Set(a.hits.map((x) => x.documentId)).size).toBeGreaterThan(1);
    expect(docs.length).toBe(4);
  });

  it('previews, replaces in one transaction, and undoes the whole batch at once', async () => {
    const { h, docs } = await seeded();
    const [d1, d2] = docs;
    await h['segments.saveTarget']({
      documentId: d1!.id,
      index: 0,
      target: 'The Majlis met.',
      status: 'translated',
    });
    await h['segments.saveTarget']({
      documentId: d1!.id,
      index: 1,
      target: 'Majlis and majlis',
      status: 'final',
    });
    await h['segments.saveTarget']({ documentId: d2!.id, index: 0, target: 'majlis draft' });

    const preview = await h['find.replace']({ query: 'majlis', replacement: 'parliament', dryRun: true });
    expect(preview.applied).toBe(false);
    expect(preview.replacements).toBe(4);
    expect(preview.confirmedChanged).toBe(2);
    expect((await h['documents.get']({ id: d1!.id })).segments[0]!.target).toBe('The Majlis met.');

    const done = await h['find.replace']({ query: 'majlis', replacement: 'parliament' });
    expect(done.applied).toBe(true);
    const after1 = (await h['documents.get']({ id: d1!.id })).segments;
    expect(after1[0]).toMatchObject({ target: 'The parliament met.', status: 'translated' });
    expect(after1[1]).toMatchObject({ target: 'parliament and parliament', status: 'translated' });

    // The user edits one replaced segment afterwards: undo leaves that one alone and restores the rest.
    await h['segments.saveTarget']({ documentId: d2!.id, index: 0, target: 'edited later' });
    const undo = await h['find.undoReplace']({ batchId: done.batchId! });
    expect(undo).toEqual({ restored: 2, skipped: [{ documentId: d2!.id, index: 0 }] });
    const restored = (await h['documents.get']({ id: d1!.id })).segments;
    expect(restored[1]).toMatchObject({ target: 'Majlis and majlis', status: 'final' });
    await expect(rejected(() => h['find.undoReplace']({ batchId: done.batchId! }))).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('replaces only the chosen segments and refuses an unsafe regex with a validation error', async () => {
    const { h, docs } = await seeded();
    const id = docs[0]!.id;
    await h['segments.saveTarget']({ documentId: id, index: 0, target: 'aaa' });
    await h['segments.saveTarget']({ documentId: id, index: 1, target: 'aaa' });
    const one = await h['find.replace']({ query: 'a', replacement: 'b', segments: [`${id}:1`] });
    expect(one.changes.map((c) => c.index)).toEqual([1]);
    await expect(
      rejected(() => h['find.search']({ query: '(a+)+$', field: 'target', regex: true })),
    ).rejects.toMatchObject({
      code: 'validation',
      params: { field: 'query' },
    });
  });
});

describe('comments, review sign-off, word counts, user dictionary', () => {
  it('keeps a comment thread per segment with author and time, across a reopen', async () => {
    const { h, docs, file } = await seeded();
    const id = docs[0]!.id;
    const c = await h['comments.add']({ documentId: id, index: 2, text: 'Check the title «سردار».' });
    expect(c).toMatchObject({ author: 'reviewer', at: '2026-12-01T00:00:00Z', index: 2, resolved: false });
    await h['comments.add']({ documentId: id, index: 2, text: 'Fixed.' });
    await h['comments.resolve']({ id: c.id, resolved: true });
    open.pop()!.close();
    const again = createApi({ dbPath: file });
    open.push(again);
    const thread = await again.handlers['comments.list']({ documentId: id });
    expect(thread.map((t) => [t.index, t.text, t.resolved])).toEqual([
      [2, 'Check the title «سردار».', true],
      [2, 'Fixed.', false],
    ]);
    await expect(
      rejected(() => again.handlers['comments.add']({ documentId: id, index: 99_999, text: 'x' })),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('signs off translated → reviewed → final and refuses a draft', async () => {
    const { h, docs } = await seeded();
    const id = docs[0]!.id;
    await h['segments.saveTarget']({ documentId: id, index: 0, target: 'Done.', status: 'translated' });
    expect((await h['review.signOff']({ documentId: id, index: 0 })).status).toBe('reviewed');
    expect((await h['review.signOff']({ documentId: id, index: 0 })).status).toBe('final');
    await h['segments.saveTarget']({ documentId: id, index: 1, target: 'draft' });
    await expect(rejected(() => h['review.signOff']({ documentId: id, index: 1 }))).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('counts source words per document and for the project, confirmed words apart', async () => {
    const { h, docs } = await seeded();
    const id = docs[0]!.id;
    const before = await h['stats.wordCounts']({});
    expect(before.documents).toHaveLength(4);
    expect(before.project.words).toBe(before.documents.reduce((n, d) => n + d.words, 0));
    expect(before.project.confirmedWords).toBe(0);
    await h['segments.saveTarget']({ documentId: id, index: 0, target: 'x', status: 'translated' });
    const after = await h['stats.wordCounts']({});
    expect(after.documents.find((d) => d.documentId === id)!.confirmedWords).toBeGreaterThan(0);
  });

  it('stores the user dictionary', async () => {
    const { h } = await seeded();
    expect(await h['dictionary.add']({ word: 'Pasdaran' })).toEqual({ word: 'Pasdaran', added: true });
    expect(await h['dictionary.add']({ word: 'Pasdaran' })).toEqual({ word: 'Pasdaran', added: false });
    expect(await h['dictionary.list']({})).toEqual(['Pasdaran']);
    expect((await h['dictionary.remove']({ word: 'Pasdaran' })).removed).toBe(true);
  });
});

describe('comments leave with the exports (issue 12.6)', () => {
  it('open comments become XLIFF notes and fill the review sheet’s comments column', async () => {
    const { api, h, docs } = await seeded();
    const id = docs[0]!.id;
    await h['comments.add']({ documentId: id, index: 1, text: 'Check the title «سردار».' });
    const done = await h['comments.add']({ documentId: id, index: 2, text: 'Already fixed.' });
    await h['comments.resolve']({ id: done.id, resolved: true });
    const xliff12 = [...api.services.exchange.chunks([id], 'xliff12')].join('');
    expect(xliff12).toContain('<note from="barabar">reviewer: Check the title «سردار».</note>');
    expect(xliff12).not.toContain('Already fixed.');
    const xliff2 = [...api.services.exchange.chunks([id], 'xliff')].join('');
    expect(xliff2).toContain(
      '<note id="n1" category="comment">s1: reviewer: Check the title «سردار».</note>',
    );
    // TMX has no place for them.
    expect([...api.services.exchange.chunks([id], 'tmx', 'all')].join('')).not.toContain('سردار».');
    const sheet = await readReviewDocx((await api.services.review.exportDocx(id)).bytes, 'r.docx');
    expect(sheet.rows.map((r) => r.comment)).toEqual(
      sheet.rows.map((r) => (r.number === '2' ? 'reviewer: Check the title «سردار».' : '')),
    );
  });
});
