/**
 * The command line's glossary import from disk (glossary.importFile, issue 14.2) on real database files:
 * the file is read while it is parsed, progress goes by bytes, an empty glossary is loaded inside one
 * transaction that leaves nothing behind when a row is rejected or the import is cancelled, and files
 * that are not plain UTF-8 are decoded exactly as an upload is.
 */
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { writeGlossary } from '../../../src/core/formats/glossary';
import { createApi } from '../../../src/server/create-api';
import type { AppError } from '../../../src/shared/errors';
import { formatError } from '../../../src/shared/i18n/format-error';
import type { JobProgress } from '../../../src/shared/jobs';
import type { EntryInput } from '../../../src/shared/model';
import { syntheticTsv } from '../../helpers/synthetic-glossary';
import { useTempDir } from '../../helpers/temp';

const tempDir = useTempDir();
const open: ReturnType<typeof createApi>[] = [];
afterEach(() => {
  for (const api of open.splice(0)) api.close();
});
const connect = (dbPath: string) => {
  const api = createApi({ dbPath });
  open.push(api);
  return api;
};

const entries = (n: number): EntryInput[] =>
  Array.from({ length: n }, (_, i) => ({
    subject: 'general',
    note: i % 10 === 0 ? `note ${i}` : undefined,
    terms: [
      { lang: 'fa', text: `واژهٔ شمارهٔ ${i}`, status: 'preferred' },
      { lang: 'en', text: `term ${i}`, status: 'preferred' },
      ...(i % 5 === 0 ? [{ lang: 'en' as const, text: `old term ${i}`, status: 'deprecated' as const }] : []),
    ],
  }));
const tbxOf = (list: EntryInput[]) =>
  [...writeGlossary(list, 'tbx', { createdAt: new Date(0), tool: 'test' })].join('');

/** A call that records progress and can abort itself once `stopAt` says so. */
function recorder(stopAt?: (p: JobProgress) => boolean) {
  const controller = new AbortController();
  const seen: JobProgress[] = [];
  return {
    seen,
    call: {
      signal: controller.signal,
      progress: (p: JobProgress) => {
        seen.push(p);
        if (stopAt?.(p)) controller.abort();
      },
    },
  };
}

/** Index names of the terms table, read on a connection of its own. */
function termIndexes(dbPath: string): string[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'terms'").all() as {
        name: string;
      }[]
    )
      .map((r) => r.name)
      .sort();
  } finally {
    db.close();
  }
}

/** The glossary's content without ids and timestamps, for comparing two imports. */
const contentOf = (api: ReturnType<typeof createApi>) =>
  api.services.glossary.all().map((e) => [e.subject, e.note, e.terms.map((t) => [t.lang, t.text, t.status])]);

describe('glossary.importFile', { timeout: 120_000 }, () => {
  it('loads a TBX from disk as the upload path does, reporting progress by bytes', async () => {
    const dir = tempDir();
    const file = join(dir, 'big.tbx');
    const text = tbxOf(entries(3_000));
    writeFileSync(file, text);
    const api = connect(join(dir, 'a.sqlite'));
    const { seen, call } = recorder();
    const report = await api.handlers['glossary.importFile']({ path: file }, call);
    expect(report).toMatchObject({ file, format: 'tbx', added: 3_000, applied: true, rejected: [] });
    const reads = seen.filter((p) => p.phase === 'read');
    const size = Buffer.byteLength(text);
    expect(reads.every((p) => p.total === size && p.done <= size)).toBe(true);
    expect(seen.map((p) => p.phase)).toEqual(expect.arrayContaining(['read', 'plan', 'write']));

    const uploaded = connect(join(dir, 'b.sqlite'));
    await uploaded.services.glossary.importText(text, 'big.tbx', undefined);
    expect(contentOf(api)).toEqual(contentOf(uploaded));
    // The indexes dropped for the load are back, and the Persian key lookup uses them.
    expect(termIndexes(join(dir, 'a.sqlite'))).toEqual(termIndexes(join(dir, 'b.sqlite')));
    expect(api.services.glossary.list({ query: 'واژهٔ شمارهٔ 2999' }).entries).toHaveLength(1);
  });

  it('writes nothing, indexes included, when a row is rejected or the import is cancelled', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'g.sqlite');
    const list = entries(4_000);
    const bad = join(dir, 'bad.tbx');
    // The last entry repeats the first one's terms: found far from its first line.
    writeFileSync(bad, tbxOf([...list, list[0]!]));
    const api = connect(dbPath);
    const before = termIndexes(dbPath);
    const report = await api.handlers['glossary.importFile']({ path: bad }, undefined);
    expect(report.applied).toBe(false);
    expect(report.added).toBe(0);
    expect(report.rejected).toEqual([
      {
        where: expect.stringMatching(/^termEntry #4001 /) as string,
        reason: expect.stringMatching(/^duplicate of termEntry #1 \(line \d+\)/) as string,
      },
    ]);
    expect(api.services.glossary.count()).toBe(0);
    expect(termIndexes(dbPath)).toEqual(before);

    const good = join(dir, 'good.tbx');
    writeFileSync(good, tbxOf(list));
    const { call } = recorder((p) => p.phase === 'read' && p.done > 0);
    await expect(api.handlers['glossary.importFile']({ path: good }, call)).rejects.toMatchObject({
      code: 'cancelled',
    });
    expect(api.services.glossary.count()).toBe(0);
    expect(api.services.glossary.version()).toBe(0);
    expect(termIndexes(dbPath)).toEqual(before);
    // And the next import starts clean.
    expect(await api.handlers['glossary.importFile']({ path: good }, undefined)).toMatchObject({
      added: 4_000,
      applied: true,
    });
  });

  it('plans against a glossary that is not empty, conflicts and preview included', async () => {
    const dir = tempDir();
    const api = connect(join(dir, 'g.sqlite'));
    const first = join(dir, 'first.tsv');
    writeFileSync(first, syntheticTsv(500));
    await api.handlers['glossary.importFile']({ path: first }, undefined);
    const second = join(dir, 'second.tsv');
    writeFileSync(second, syntheticTsv(5).replace(/\tterm /g, '\tnew term ') + syntheticTsv(10, 500));
    const failed = await api.handlers['glossary.importFile']({ path: second }, undefined);
    expect(failed).toMatchObject({ added: 0, applied: false });
    expect(failed.conflicts).toHaveLength(5);
    const preview = await api.handlers['glossary.importFile'](
      { path: second, dryRun: true, onConflict: 'replace' },
      undefined,
    );
    expect(preview).toMatchObject({ added: 10, updated: 5, applied: false, dryRun: true });
    expect(api.services.glossary.count()).toBe(500);
    const report = await api.handlers['glossary.importFile'](
      { path: second, onConflict: 'replace' },
      undefined,
    );
    expect(report).toMatchObject({ added: 10, updated: 5, applied: true });
    expect(api.services.glossary.count()).toBe(510);
  });

  it('decodes UTF-16, Windows-1256 (also after 64 KB of ASCII) and refuses binary files by name', async () => {
    const dir = tempDir();
    const api = connect(join(dir, 'g.sqlite'));
    const tsv = 'سلام\thello\nکتاب\tbook\n';
    const utf16 = join(dir, 'utf16.txt');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, 'utf16le')]));
    expect(await api.handlers['glossary.importFile']({ path: utf16, dryRun: true }, undefined)).toMatchObject(
      {
        added: 2,
      },
    );

    // Legacy Persian after a long ASCII start: the stream finds it is not UTF-8 and the file is read whole.
    const ascii = Array.from({ length: 4_000 }, (_, i) => `#${String(i).padStart(20, '0')}\n`).join('');
    const legacy = join(dir, 'legacy.txt');
    writeFileSync(legacy, Buffer.concat([Buffer.from(ascii), cp1256('سلام\thello\nکتاب\tbook\n')]));
    const report = await api.handlers['glossary.importFile']({ path: legacy }, undefined);
    expect(report).toMatchObject({ added: 2, applied: true });
    expect(api.services.glossary.all().flatMap((e) => e.terms.map((t) => t.text))).toEqual(
      expect.arrayContaining(['سلام', 'کتاب']),
    );

    const binary = join(dir, 'image.tbx');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
    await expect(api.handlers['glossary.importFile']({ path: binary }, undefined)).rejects.toMatchObject({
      code: 'file_binary',
      params: { file: binary },
    });
    await expect(
      api.handlers['glossary.importFile']({ path: join(dir, 'missing.tbx') }, undefined),
    ).rejects.toMatchObject({ code: 'file_not_found' });
  });

  it('refuses a file over the limit for a file not in UTF-8, and says that is why', async () => {
    const dir = tempDir();
    const api = connect(join(dir, 'g.sqlite'));
    // UTF-16 (its byte-order mark), 65 MB: a sparse file, so the test writes almost nothing.
    const big = join(dir, 'big-utf16.tbx');
    writeFileSync(big, Buffer.from([0xff, 0xfe]));
    truncateSync(big, 65 * 1024 * 1024);
    const refused = await Promise.resolve()
      .then(() => api.handlers['glossary.importFile']({ path: big }, undefined))
      .catch((e: unknown) => e);
    expect(refused).toMatchObject({
      code: 'file_too_large',
      params: { file: big, limit: '64 MB', notUtf8: true },
    });
    const { code, params } = refused as AppError;
    expect(formatError(code, params)).toBe(
      `${big} is larger than the 64 MB limit for a file not in UTF-8 (such a file is read whole; saved as UTF-8, it is read as it streams).`,
    );
    expect(formatError(code, params, 'fa')).toContain('UTF-8 نیست');
    expect(api.services.glossary.count()).toBe(0);
  });
});

/** A Windows-1256 encoder: the inverse of the platform's decoder. */
function cp1256(text: string): Buffer {
  const decoded = new TextDecoder('windows-1256').decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  const map = new Map<string, number>();
  for (let b = 255; b >= 0; b--) map.set(decoded.charAt(b), b);
  return Buffer.from([...text].map((ch) => map.get(ch) ?? 0x3f));
}
