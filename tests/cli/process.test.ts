/**
 * What only a real `barabar` process shows: its exit codes, --version, and how it behaves when the
 * reader of its output goes away (`barabar glossary list | head -1`).
 */
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { writeGlossary } from '../../src/core/formats/glossary';
import { BARABAR_VERSION } from '../../src/shared/version';
import { barabar, BIN, cli } from '../helpers/cli';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

/** Distinct Persian words, one per number (base-20 over Persian letters). */
function persianWord(n: number): string {
  const letters = 'ابپتجچخدرزسشفقکگلمنه';
  let word = '';
  do {
    word = letters[n % letters.length]! + word;
    n = Math.floor(n / letters.length);
  } while (n > 0);
  return `واژه ${word}`;
}

describe('the barabar process', { timeout: 180_000 }, () => {
  it('prints its version and exits 0; usage errors exit 2', () => {
    const db = join(tempDir(), 'p.sqlite');
    const version = barabar(db, ['--version']);
    expect(version).toEqual({ code: 0, stdout: `${BARABAR_VERSION}\n`, stderr: '' });
    expect(barabar(db, ['list', 'extra']).code).toBe(2);
  });

  it('loads a glossary the same on one thread or two as BARABAR_PARSE_WORKER asks, and names a wrong value', () => {
    const dir = tempDir();
    const tbx = join(dir, 'g.tbx');
    const entries = Array.from({ length: 300 }, (_, i) => ({
      subject: 'general' as const,
      terms: [
        { lang: 'fa' as const, text: persianWord(i), status: 'preferred' as const },
        { lang: 'en' as const, text: `term ${i}`, status: 'preferred' as const },
      ],
    }));
    writeFileSync(tbx, [...writeGlossary(entries, 'tbx', { createdAt: new Date(0), tool: 'test' })].join(''));
    const listed = (choice: string): string => {
      const db = join(dir, `${choice}.sqlite`);
      const env = { BARABAR_PARSE_WORKER: choice };
      const load = barabar(db, ['glossary', 'import', tbx, '--no-seed', '--json'], { env });
      expect(load.code, load.stderr).toBe(0);
      expect(JSON.parse(load.stdout)).toMatchObject({ added: 300, applied: true });
      // The entries as loaded, less the time of the load.
      const list = JSON.parse(barabar(db, ['glossary', 'list', '--json']).stdout) as Record<
        string,
        unknown
      >[];
      return JSON.stringify(list.map(({ createdAt: _c, modifiedAt: _m, ...entry }) => entry));
    };
    expect(listed('always')).toBe(listed('never'));
    const wrong = barabar(join(dir, 'wrong.sqlite'), ['glossary', 'import', tbx, '--no-seed'], {
      env: { BARABAR_PARSE_WORKER: 'sometimes' },
    });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('BARABAR_PARSE_WORKER');
    expect(wrong.stderr).toContain('"sometimes" is neither "always" nor "never"');
  });

  it('killed in the middle of a load under the rollback journal, leaves the database as it was', async () => {
    const dir = tempDir();
    const db = join(dir, 'k.sqlite');
    const tmx = join(dir, 'big.tmx');
    const units = Array.from(
      { length: 60_000 },
      (_, i) =>
        `<tu><tuv xml:lang="fa"><seg>${persianWord(i)} در دیدار گفت</seg></tuv><tuv xml:lang="en"><seg>unit ${i} said at the meeting</seg></tuv></tu>`,
    );
    writeFileSync(
      tmx,
      `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="fa"/><body>\n${units.join('\n')}\n</body></tmx>\n`,
    );
    expect(barabar(db, ['tm', 'import', tmx, '--name', 'kept']).code).toBe(0);

    const child = spawn(process.execPath, [BIN, 'tm', 'import', tmx, '--name', 'lost'], {
      env: { ...process.env, BARABAR_DB: db },
      stdio: 'ignore',
    });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    // The journal exists while the load writes under it: kill the process then. Leaving WAL writes the
    // file's header under a journal of its own that lives a millisecond, so the load's is the one still
    // there on the next look.
    const journal = `${db}-journal`;
    const sawJournal = await new Promise<boolean>((resolve) => {
      let seen = 0;
      const poll = setInterval(() => {
        seen = existsSync(journal) ? seen + 1 : 0;
        if (seen === 2) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve(true);
        } else if (child.exitCode !== null) {
          clearInterval(poll);
          resolve(false);
        }
      }, 5);
    });
    await exited;
    expect(sawJournal).toBe(true);
    expect(existsSync(journal)).toBe(true);

    // The next process rolls the journal back and goes on in WAL.
    const listed = barabar(db, ['tm', 'list', '--json']);
    expect(listed.code, listed.stderr).toBe(0);
    expect(
      (JSON.parse(listed.stdout) as { name: string; units: number }[]).map((m) => [m.name, m.units]),
    ).toEqual([
      ['project', 0],
      ['kept', 60_000],
    ]);
    // And takes a load again (a journal left empty by the kill is not hot: SQLite ignores it).
    expect(barabar(db, ['tm', 'import', tmx, '--name', 'again']).code).toBe(0);
    const check = new Database(db, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(check.pragma('journal_mode', { simple: true })).toBe('wal');
    check.close();
  });

  it('exits quietly with 0 when the reader closes the pipe early (| head -1)', async () => {
    const dir = tempDir();
    const db = join(dir, 'p.sqlite');
    // Far more output than a pipe buffers (64 KB), so writes go on after the reader has gone.
    const tsv = join(dir, 'many.txt');
    writeFileSync(tsv, Array.from({ length: 4000 }, (_, i) => `${persianWord(i)}\tterm ${i}`).join('\n'));
    const imported = await cli(db, ['glossary', 'import', tsv, '--no-seed']);
    expect(imported.code, imported.stderr).toBe(0);

    const child = spawn(process.execPath, [BIN, 'glossary', 'list'], {
      env: { ...process.env, BARABAR_DB: db },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const firstLine = await new Promise<string>((resolve) => {
      child.stdout.once('data', (chunk: Buffer) => {
        // Like `head -1`: take the first line, then close our end of the pipe.
        child.stdout.destroy();
        resolve(chunk.toString().split('\n')[0] ?? '');
      });
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(firstLine).toMatch(/واژه/);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
