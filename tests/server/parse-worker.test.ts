/**
 * The parse worker (src/server/parse-worker, issue 14.2): a file parsed on a second thread gives the same
 * items as the same job run here, errors cross with their file and line, and a reader that stops early
 * ends the thread.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTmx } from '../../src/core/formats/bilingual';
import { writeGlossary } from '../../src/core/formats/glossary';
import { parseJob } from '../../src/server/parse-worker/parse-jobs';
import { parseInWorker } from '../../src/server/parse-worker/parse-in-worker';
import type { ParseRequest } from '../../src/server/parse-worker/protocol';
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
    items.push(...r.value.items);
  }
}

describe('parse worker', () => {
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
    writeFileSync(
      path,
      [
        ...writeTmx([{ id: 1, name: 'r.txt', segments }], {
          createdAt: new Date(0),
          tool: 'test',
          toolVersion: '1',
          srcLang: 'fa-IR',
          tgtLang: 'en',
        }),
      ].join(''),
    );
    const request: ParseRequest = { kind: 'tmx', path };
    const there = await drain(parseInWorker(request));
    expect(there).toEqual(JSON.parse(JSON.stringify(here(request))));
    const skips = there.items.filter((item) => (item as unknown[]).length === 2);
    expect(skips).toHaveLength(1);
    expect(there.items).toHaveLength(1_500);
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
