import { closeSync, fstatSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { barabar } from '../helpers/cli';
import { useTempDir } from '../helpers/temp';
import { xmllint } from '../helpers/xmllint';

const FIXTURES = join(__dirname, '..', 'fixtures', 'tm');
const tempDir = useTempDir();

/** Runs `barabar` in-process against `db`; returns exit code, stdout and stderr. */
async function run(db: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => (out += t), err: (t) => (err += t), isTTY: false, env: {} };
  const code = await main([...argv, '--db', db, '--no-seed'], io);
  return { code, out, err };
}

async function runJson<T>(db: string, ...argv: string[]): Promise<T> {
  const r = await run(db, ...argv, '--json');
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.err}`);
  return JSON.parse(r.out) as T;
}

const REPORT = 'در پایان این نشست دو طرف بر گسترش همکاری‌ها تأکید کردند. بودجه سال ۱۴۰۳ تصویب شد.';

describe('barabar tm, pretranslate, analyse', () => {
  it('imports, lists, looks up, finds concordance, removes', async () => {
    const db = join(tempDir(), 'tm.sqlite');
    expect(await runJson(db, 'tm', 'import', join(FIXTURES, 'omegat.tmx'), '--name', 'omegat')).toEqual({
      name: 'omegat',
      units: 2,
      skipped: 1,
    });
    const list = await runJson<{ name: string; units: number }[]>(db, 'tm', 'list');
    expect(list.map((m) => [m.name, m.units])).toEqual([
      ['project', 0],
      ['omegat', 2],
    ]);
    const matches = await runJson<unknown[]>(
      db,
      'tm',
      'lookup',
      'در پایان این نشست دو طرف بر گسترش همکاری‌ها تأکید کردند.',
    );
    expect(matches).toEqual([
      {
        score: 90,
        source: 'در پایان این دیدار دو طرف بر گسترش همکاری‌ها تأکید کردند.',
        target: 'At the end of the meeting, the two sides stressed expanding cooperation.',
        origin: 'omegat',
        adapted: false,
      },
    ]);
    expect(
      await runJson(
        db,
        'tm',
        'lookup',
        'در پایان این نشست دو طرف بر گسترش همکاری‌ها تأکید کردند.',
        '--min',
        '95',
      ),
    ).toEqual([]);
    const conc = await runJson<{ source: string }[]>(db, 'tm', 'concordance', 'همکاریها');
    expect(conc).toHaveLength(1);
    const en = await runJson<unknown[]>(db, 'tm', 'concordance', 'defence minister', '--english');
    expect(en).toHaveLength(1);
    expect((await run(db, 'tm', 'remove', 'omegat')).code).toBe(0);
    expect((await run(db, 'tm', 'remove', 'project')).err).toMatch(/project memory cannot be removed/);
    expect(await runJson<unknown[]>(db, 'tm', 'list')).toHaveLength(1);
  });

  it('pre-translates and analyses a document from the memory, and exports valid TMX', async () => {
    const dir = tempDir();
    const db = join(dir, 'tm.sqlite');
    const report = join(dir, 'r.txt');
    writeFileSync(report, REPORT);
    expect((await run(db, 'import', report)).code).toBe(0);
    await run(db, 'tm', 'import', join(FIXTURES, 'omegat.tmx'), '--name', 'omegat');
    await run(db, 'tm', 'import', join(FIXTURES, 'trados.tmx'), '--name', 'trados');
    const analysis = await runJson<{ total: { band: string; segments: number; words: number }[] }>(
      db,
      'analyse',
      '--all',
    );
    expect(analysis.total.filter((b) => b.segments > 0)).toEqual([
      { band: '85-94', segments: 1, words: 11 },
      { band: 'none', segments: 1, words: 5 },
    ]);
    const pre = await runJson<{ filled: number; confirmed: number }>(
      db,
      'pretranslate',
      'r.txt',
      '--min',
      '85',
    );
    expect(pre).toMatchObject({ filled: 1, confirmed: 0 });
    const segs = await runJson<{ target: string; status: string }[]>(db, 'segments', 'r.txt');
    expect(segs.map((s) => s.status)).toEqual(['draft', 'new']);
    // Nothing is confirmed yet: the project memory is empty and exports as valid, empty TMX.
    const out = join(dir, 'project.tmx');
    expect(await runJson(db, 'tm', 'export', '--out', out)).toEqual({ file: out, units: 0 });
    expect(xmllint(readFileSync(out, 'utf8'), 'tmx').ok).toBe(true);
  });

  it('rejects bad TMX files with file and line and imports nothing', async () => {
    const dir = tempDir();
    const db = join(dir, 'tm.sqlite');
    // A 200 MB file is read as a stream: ten thousand good units, padding, and a broken unit at the very
    // end (line 10,006). Nothing of it may stay in the database.
    const big = join(dir, 'big.tmx');
    const fd = openSync(big, 'w');
    const good =
      '<tu><tuv xml:lang="fa"><seg>وزیر دفاع گفت</seg></tuv><tuv xml:lang="en"><seg>The minister said</seg></tuv></tu>';
    writeSync(
      fd,
      '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n<header srclang="fa" creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" datatype="plaintext"/>\n<body>\n',
    );
    for (let i = 0; i < 100; i++)
      writeSync(
        fd,
        `${Array.from({ length: 100 }, (_, j) => good.replace('گفت', `گفت ${i * 100 + j}`)).join('\n')}\n`,
      );
    const pad = ' '.repeat(1024 * 1024);
    while (fstatSync(fd).size < 200 * 1024 * 1024) writeSync(fd, pad);
    writeSync(
      fd,
      '\n<tu><tuv xml:lang="fa"><seg>خداحافظ</seg></tuv><tuv xml:lang="en"><seg>Bye</tuv></tu>\n</body>\n</tmx>\n',
    );
    closeSync(fd);
    for (const [file, message] of [
      [
        join(FIXTURES, 'wrong-direction.tmx'),
        /wrong-direction\.tmx, line 3, <header>: .*source language is en, expected Persian/,
      ],
      [join(FIXTURES, 'malformed.tmx'), /malformed\.tmx, line 6/],
      [join(FIXTURES, 'xxe.tmx'), /xxe\.tmx, line \d+.*entity declarations are not allowed/],
      [join(FIXTURES, 'no-english.tmx'), /no-english\.tmx, line 5.*no unit has both Persian and English/],
      [big, /big\.tmx, line 10006/],
    ] as const) {
      const r = await run(db, 'tm', 'import', file, '--name', 'x');
      expect(r.code, file).toBe(1);
      expect(r.err, file).toMatch(message);
    }
    expect(await runJson<unknown[]>(db, 'tm', 'list')).toHaveLength(1);
  });

  it('exits 1 with the error on stderr as a real process, and 2 on bad usage', () => {
    const db = join(tempDir(), 'tm.sqlite');
    const bad = barabar(db, [
      'tm',
      'import',
      join(FIXTURES, 'wrong-direction.tmx'),
      '--name',
      'w',
      '--no-seed',
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/expected Persian/);
    expect(barabar(db, ['tm', 'lookup', 'متن', '--min', '120']).code).toBe(2);
  });
});
