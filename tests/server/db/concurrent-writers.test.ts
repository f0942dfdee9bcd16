// Several processes on one database file (issue 13, items 7, 9, 10): real child processes, real SQLite.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { writeGlossary } from '../../../src/core/formats/glossary';
import { parseTermbaseFile } from '../../../src/core/glossary/termbase-file';
import { createApi } from '../../../src/server/create-api';
import { AppError } from '../../../src/shared/errors';
import type { EntryInput } from '../../../src/shared/model';
import { useTempDir } from '../../helpers/temp';

const tempDir = useTempDir();
const root = join(__dirname, '..', '..', '..');
const worker = join(__dirname, 'db-worker.ts');

interface Child {
  /** Resolves with the first line the worker prints. */
  firstLine: Promise<Record<string, unknown>>;
  done: Promise<{ code: number | null; lines: Record<string, unknown>[]; stderr: string }>;
}

function run(args: string[]): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', worker, ...args], { cwd: root });
  let out = '';
  let stderr = '';
  let gotLine: (v: Record<string, unknown>) => void = () => {};
  const firstLine = new Promise<Record<string, unknown>>((resolve) => (gotLine = resolve));
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    const nl = out.indexOf('\n');
    if (nl >= 0) gotLine(JSON.parse(out.slice(0, nl)) as Record<string, unknown>);
  });
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ code: number | null; lines: Record<string, unknown>[]; stderr: string }>(
    (resolve) =>
      child.on('close', (code) =>
        resolve({
          code,
          stderr,
          lines: out
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l) as Record<string, unknown>),
        }),
      ),
  );
  return { firstLine, done };
}

const entry = (i: number, key?: string): EntryInput => ({
  ...(key ? { key } : {}),
  subject: 'general',
  terms: [
    {
      lang: 'fa',
      text: `واژهٔ آزمایشی ${String(i).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!)}`,
      status: 'preferred',
    },
    { lang: 'en', text: `test term ${i}`, status: 'preferred' },
  ],
});

async function addWhileLocked(busyTimeoutMs: number, holdMs: number) {
  const file = join(tempDir(), 'busy.sqlite');
  createApi({ dbPath: file }).close();
  const holder = run(['hold', file, String(holdMs)]);
  expect(await holder.firstLine).toEqual({ locked: true });
  const api = createApi({ dbPath: file, busyTimeoutMs });
  const t0 = Date.now();
  try {
    const result: { added?: number; error?: unknown } = {};
    try {
      result.added = api.services.glossary.add(entry(1)).id;
    } catch (err) {
      result.error = err;
    }
    return { ...result, waitedMs: Date.now() - t0, holder: await holder.done };
  } finally {
    api.close();
  }
}

describe('a second writer on the same database file', { timeout: 60_000 }, () => {
  it('waits for the first one to commit instead of failing at once', async () => {
    const r = await addWhileLocked(20_000, 1500);
    expect(r.error).toBeUndefined();
    expect(r.added).toBeGreaterThan(0);
    // It really waited for the other process's lock (which it held for 1.5 s after signalling).
    expect(r.waitedMs).toBeGreaterThan(500);
    expect(r.holder.code).toBe(0);
  });

  it('gets db_busy, naming the file, when the lock outlasts the busy timeout', async () => {
    const r = await addWhileLocked(300, 4000);
    expect(r.error).toBeInstanceOf(AppError);
    expect((r.error as AppError).code).toBe('db_busy');
    expect(String((r.error as AppError).params.file)).toMatch(/busy\.sqlite$/);
    expect(r.waitedMs).toBeGreaterThanOrEqual(250);
  });
});

describe('the same glossary imported twice at once', { timeout: 90_000 }, () => {
  for (const keyed of [false, true]) {
    it(`adds each ${keyed ? 'keyed' : 'unkeyed'} entry once, and the second import finds them unchanged`, async () => {
      const dir = tempDir();
      const file = join(dir, 'g.sqlite');
      createApi({ dbPath: file }).close();
      const n = 2000;
      const entries = Array.from({ length: n }, (_, i) => entry(i, keyed ? `test/${i}` : undefined));
      const tsv = join(dir, 'g.tsv');
      writeFileSync(
        tsv,
        [...writeGlossary(entries as never, 'tsv', { createdAt: new Date(0), tool: 'test' })].join(''),
      );
      const startAt = String(Date.now() + 2500);
      const a = run(['import', file, tsv, startAt]);
      const b = run(['import', file, tsv, startAt]);
      const [ra, rb] = await Promise.all([a.done, b.done]);
      expect(ra.stderr + rb.stderr).toBe('');
      expect([ra.code, rb.code]).toEqual([0, 0]);
      const reports = [ra.lines[0], rb.lines[0]].sort((x, y) => Number(y!.added) - Number(x!.added));
      expect(reports).toEqual([
        { added: n, updated: 0, unchanged: 0, applied: true },
        { added: 0, updated: 0, unchanged: n, applied: true },
      ]);
      const db = new Database(file, { readonly: true });
      expect(db.prepare('SELECT COUNT(*) AS n FROM entries').get()).toEqual({ n });
      db.close();
    });
  }
});

describe('a new database opened by several processes at once', () => {
  it('is migrated and seeded exactly once, and every process opens it (3 rounds of 4 processes)', async () => {
    const corpusDir = join(root, 'corpus');
    const glossaryFile = join(root, 'glossary', 'barabar.termbase');
    const { readFileSync } = await import('node:fs');
    const termbaseEntries = parseTermbaseFile(readFileSync(glossaryFile, 'utf8'), glossaryFile).length;
    const dir = tempDir();
    const files = Array.from({ length: 3 }, (_, round) => join(dir, `new-${round}.sqlite`));
    const startAt = String(Date.now() + 3000);
    const children = Array.from({ length: 4 }, () =>
      run(['open', files.join(','), corpusDir, glossaryFile, startAt]),
    );
    const results = await Promise.all(children.map((c) => c.done));
    // Compared whole, so a failing process shows what it printed (its error is a JSON line on stdout).
    for (const r of results)
      expect(r).toEqual({
        code: 0,
        stderr: '',
        lines: files.map(() => ({ documents: 4, entries: termbaseEntries })),
      });
    for (const file of files) {
      const db = new Database(file, { readonly: true });
      expect(db.prepare('SELECT COUNT(*) AS n FROM entries').get()).toEqual({ n: termbaseEntries });
      expect(db.prepare('SELECT COUNT(*) AS n FROM documents').get()).toEqual({ n: 4 });
      db.close();
    }
  }, 120_000);
});
