/**
 * The parse worker (src/server/parse-worker, issue 14.2): a file parsed on a second thread gives the same
 * items as the same job run here, errors cross with their file and line, and a reader that stops early
 * ends the thread.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeTmx, type BilingualSegment } from '../../src/core/formats/bilingual';
import { writeGlossary } from '../../src/core/formats/glossary';
import { tmKeysInto } from '../../src/core/tm';
import { codecFor } from '../../src/server/parse-worker/batch-codec';
import { parseJob } from '../../src/server/parse-worker/parse-jobs';
import {
  PARSE_WORKER_ENV,
  PARSE_WORKER_MIN_BYTES,
  parseInWorker,
  useParseWorker,
} from '../../src/server/parse-worker/parse-in-worker';
import type { ParseRequest } from '../../src/server/parse-worker/protocol';
import { createApi } from '../../src/server/create-api';
import type {
  GlossaryItem,
  GlossaryParseEnd,
  TmxItem,
  TmxParseEnd,
} from '../../src/server/parse-worker/protocol';
import { readTextChunks } from '../../src/server/text-chunks';
import { AppError } from '../../src/shared/errors';
import type { EntryInput } from '../../src/shared/model';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

/** Entries with Persian spelling variants (keys fold them), notes, a deprecated term, and two rejects. */
function glossaryEntries(n: number): EntryInput[] {
  return Array.from({ length: n }, (_, i) => ({
    subject: 'general',
    ...(i % 7 === 0 ? { note: `note ${i}` } : {}),
    terms: [
      { lang: 'fa', text: i % 2 === 0 ? `سرلشكر ${i}` : `همکاری‌های ${i}`, status: 'preferred' },
      { lang: 'en', text: `Major General ${i}`, status: 'preferred' },
      ...(i % 5 === 0
        ? [{ lang: 'en' as const, text: `old-term  ${i}`, status: 'deprecated' as const }]
        : []),
    ],
  }));
}

function writeTmxFile(path: string, segments: BilingualSegment[]): void {
  const opts = {
    createdAt: new Date(0),
    tool: 'test',
    toolVersion: '1',
    srcLang: 'fa-IR',
    tgtLang: 'en',
  } as const;
  writeFileSync(path, [...writeTmx([{ id: 1, name: 'r.txt', segments }], opts)].join(''));
}

async function drain<Item, End>(
  run: AsyncGenerator<{ items: Item[] }, End>,
): Promise<{ items: Item[]; end: End }> {
  const items: Item[] = [];
  for (;;) {
    const r = await run.next();
    if (r.done === true) return { items, end: r.value };
    items.push(...r.value.items);
  }
}

function here(request: ParseRequest): { items: unknown[]; end: unknown } {
  const job = parseJob(request);
  const items: unknown[] = [];
  for (;;) {
    const r = job.next();
    if (r.done === true) return { items, end: r.value };
    items.push(...codecFor(request.kind).decode(r.value.items));
  }
}

describe('parse worker', () => {
  it('is used for files from PARSE_WORKER_MIN_BYTES up, where its memory stays small beside the file', () => {
    expect(useParseWorker(PARSE_WORKER_MIN_BYTES - 1, {})).toBe(false);
    expect(useParseWorker(PARSE_WORKER_MIN_BYTES, {})).toBe(true);
    expect(useParseWorker(PARSE_WORKER_MIN_BYTES - 1, { [PARSE_WORKER_ENV]: '' })).toBe(false);
  });

  it('is used for every file or none when the environment asks, and a wrong value names the variable', () => {
    expect(useParseWorker(1, { [PARSE_WORKER_ENV]: 'always' })).toBe(true);
    expect(useParseWorker(PARSE_WORKER_MIN_BYTES * 4, { [PARSE_WORKER_ENV]: 'never' })).toBe(false);
    expect(() => useParseWorker(1, { [PARSE_WORKER_ENV]: 'yes' })).toThrow(
      expect.objectContaining({
        code: 'validation',
        params: expect.objectContaining({ field: PARSE_WORKER_ENV }),
      }),
    );
  });

  it('gives the TBX entries, their term keys and the rejected rows that the same parse gives here', async () => {
    const tbx = [
      ...writeGlossary(glossaryEntries(3_001), 'tbx', { createdAt: new Date(0), tool: 'test' }),
    ].join('');
    // One entry with a status no TBX knows: rejected, named by its place in the file.
    const path = join(tempDir(), 'big.tbx');
    writeFileSync(path, tbx.replace('preferredTerm-admn-sts', 'bogus-status'));
    const request: ParseRequest = { kind: 'glossary', path, format: undefined };
    const there = await drain(parseInWorker(request));
    expect(there).toEqual(JSON.parse(JSON.stringify(here(request))));
    expect(there.items).toHaveLength(3_000);
    const end = there.end as { format: string; rejected: { where: string }[] };
    expect(end.format).toBe('tbx');
    expect(end.rejected).toHaveLength(1);
    // Keys are the stored match keys: spacing and the ZWNJ folded away.
    const [entry, keys] = there.items[0] as [EntryInput, string[]];
    expect(entry.terms.map((t) => t.text)).toEqual(['همکاری\u200cهای 1', 'Major General 1']);
    expect(keys).toEqual(['همکاریهای1', 'major general 1']);
  });

  it('gives the TMX units with their word keys, and the units it leaves out with their reason', async () => {
    const segments = Array.from({ length: 1_500 }, (_, i) => ({
      index: i,
      paragraph: i,
      source: i === 10 ? ' ' : `سرلشکر باقری در دیدار ${i} گفت`,
      target: `Major General Bagheri said ${i}`,
      status: 'translated' as const,
      updatedAt: '2024-03-01 10:20:30',
    }));
    const path = join(tempDir(), 'units.tmx');
    writeTmxFile(path, segments);
    const request: ParseRequest = { kind: 'tmx', path };
    const there = await drain(parseInWorker(request));
    expect(there).toEqual(JSON.parse(JSON.stringify(here(request))));
    const skips = there.items.filter((item) => (item as unknown[]).length === 2);
    expect(skips).toHaveLength(1);
    expect(there.items).toHaveLength(1_500);
    // Each field where it belongs, as the reader on this thread gives it.
    const source = 'سرلشکر باقری در دیدار 11 گفت';
    expect(there.items[11]).toEqual([
      source,
      'Major General Bagheri said 11',
      null,
      expect.any(String),
      tmKeysInto(source, []),
      expect.any(Number),
    ]);
  });

  it('throws the parse error of the file, with its line, as the same parse here does', async () => {
    const path = join(tempDir(), 'broken.tmx');
    const lines = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<tmx version="1.4"><header srclang="fa"/><body>',
    ];
    for (let i = 0; i < 2_000; i++)
      lines.push(
        `<tu><tuv xml:lang="fa"><seg>واحد ${i}</seg></tuv><tuv xml:lang="en"><seg>unit ${i}</seg></tuv></tu>`,
      );
    lines.push('<tu><tuv xml:lang="fa"><seg>بد</tuv></tu>', '</body></tmx>');
    writeFileSync(path, lines.join('\n'));
    const request: ParseRequest = { kind: 'tmx', path };
    const error = await drain(parseInWorker(request)).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).params).toMatchObject({ file: path, line: 2_003 });
    expect(() => here(request)).toThrow(expect.objectContaining({ params: (error as AppError).params }));
  });

  it('ends the thread when the reader stops after the first batch', async () => {
    const path = join(tempDir(), 'many.tbx');
    writeFileSync(
      path,
      [...writeGlossary(glossaryEntries(20_000), 'tbx', { createdAt: new Date(0), tool: 'test' })].join(''),
    );
    const run = parseInWorker({ kind: 'glossary', path, format: undefined });
    const first = await run.next();
    expect(first.done).toBe(false);
    // The return waits for the thread's end: a thread left running would keep the process alive.
    await expect(run.return(undefined as never)).resolves.toEqual({ done: true, value: undefined });
    await expect(run.next()).resolves.toEqual({ done: true, value: undefined });
  });
});

const apis: ReturnType<typeof createApi>[] = [];
afterEach(() => {
  for (const api of apis.splice(0)) api.close();
});
const connect = (dbPath: string) => {
  const api = createApi({ dbPath });
  apis.push(api);
  return api;
};
const tbxText = (list: EntryInput[]) =>
  [...writeGlossary(list, 'tbx', { createdAt: new Date(0), tool: 'test' })].join('');
const glossaryContent = (api: ReturnType<typeof createApi>) =>
  api.services.glossary
    .all()
    .map((e) => [e.id, e.subject, e.note, e.terms.map((t) => [t.lang, t.text, t.status])]);

describe(
  'a load parsed in the worker (files of PARSE_WORKER_MIN_BYTES and more)',
  { timeout: 120_000 },
  () => {
    it('fills the glossary exactly as the load parsed on one thread, and reports progress by bytes', async () => {
      const dir = tempDir();
      const path = join(dir, 'g.tbx');
      writeFileSync(path, tbxText(glossaryEntries(5_000)));
      const here = connect(join(dir, 'here.sqlite'));
      await here.services.glossary.importSource(
        () => readTextChunks(path),
        path,
        undefined,
        undefined as never,
        {
          oneTransaction: true,
        },
      );
      const there = connect(join(dir, 'there.sqlite'));
      let bytes = 0;
      const report = await there.services.glossary.importSource(
        () => readTextChunks(path),
        path,
        undefined,
        { signal: new AbortController().signal, progress: () => undefined },
        {
          oneTransaction: true,
          parsed: () =>
            parseInWorker<GlossaryItem, GlossaryParseEnd>(
              { kind: 'glossary', path, format: undefined },
              (done) => (bytes = done),
            ),
        },
      );
      expect(report).toMatchObject({ added: 5_000, applied: true, format: 'tbx' });
      expect(bytes).toBeGreaterThan(0);
      expect(glossaryContent(there)).toEqual(glossaryContent(here));
      // The term keys the worker computed are the stored ones: the Persian lookup finds the entry.
      expect(there.services.glossary.list({ query: 'همكاري‌هاي 4999' }).entries).toHaveLength(1);
    });

    it('fills a memory exactly as the load parsed on one thread, and a cancel leaves nothing', async () => {
      const dir = tempDir();
      const path = join(dir, 'm.tmx');
      const segments = Array.from({ length: 4_000 }, (_, i) => ({
        index: i,
        paragraph: i,
        source: `سرلشکر باقری در دیدار ${i % 3_000} گفت`,
        target: `Major General Bagheri said ${i % 3_000}`,
        status: 'translated' as const,
        updatedAt: '2024-03-01 10:20:30',
      }));
      writeTmxFile(path, segments);
      const parsed = () => parseInWorker<TmxItem, TmxParseEnd>({ kind: 'tmx', path });
      const here = connect(join(dir, 'here.sqlite'));
      const a = await here.services.tm.importTmx(readTextChunks(path), path, 'ref');
      const there = connect(join(dir, 'there.sqlite'));
      const controller = new AbortController();
      let progressed = 0;
      const cancelled = there.services.tm.importTmx(readTextChunks(path), path, 'ref', {
        parsed,
        call: {
          signal: controller.signal,
          progress: () => {
            if (++progressed === 2) controller.abort();
          },
        },
      });
      await expect(cancelled).rejects.toMatchObject({ code: 'cancelled' });
      expect(there.services.tm.list().map((m) => m.name)).not.toContain('ref');
      const b = await there.services.tm.importTmx(readTextChunks(path), path, 'ref', { parsed });
      expect(b).toEqual(a);
      expect(b).toMatchObject({ units: 3_000, duplicates: 1_000 });
      const lookup = (api: ReturnType<typeof createApi>) =>
        api.services.tm.lookup('سرلشکر باقری در دیدار 2999 گفت', {});
      expect(await lookup(there)).toEqual(await lookup(here));
      expect(there.services.tm.concordance('Bagheri said 2999', {})).toEqual(
        here.services.tm.concordance('Bagheri said 2999', {}),
      );
    });
  },
);
