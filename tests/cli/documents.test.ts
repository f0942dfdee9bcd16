import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { barabar, cli, json } from '../helpers/cli';
import { useTempDir } from '../helpers/temp';

const CORPUS = join(__dirname, '..', '..', 'corpus');
const corpusFiles = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join(CORPUS, f));
const tempDir = useTempDir();

interface Summary {
  id: number;
  name: string;
  segmentCount: number;
  draftedCount: number;
  confirmedCount: number;
}
interface Seg {
  index: number;
  paragraph: number;
  source: string;
  target: string;
  status: string;
}

describe(
  'barabar import / list / segments (real database; in-process unless the process matters)',
  { timeout: 120_000 },
  () => {
    it('imports the corpus once, lists it and prints segments as JSON', async () => {
      const db = join(tempDir(), 'cli.sqlite');
      const first = await cli(db, ['import', ...corpusFiles]);
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout.match(/^imported /gm)).toHaveLength(4);

      const again = await cli(db, ['import', corpusFiles[0]!]);
      expect(again.code).toBe(0);
      expect(again.stdout).toMatch(/^unchanged/);

      const list = json<Summary[]>(await cli(db, ['list', '--json']));
      expect(list.map((d) => d.name)).toEqual(corpusFiles.map((f) => f.split('/').pop()));
      for (const d of list) {
        expect(d.segmentCount).toBeGreaterThan(3);
        expect(d.draftedCount).toBe(0);
      }

      const byName = json<Seg[]>(await cli(db, ['segments', list[1]!.name, '--json']));
      const byId = json<Seg[]>(await cli(db, ['segments', String(list[1]!.id), '--json']));
      expect(byName).toEqual(byId);
      expect(byName).toHaveLength(list[1]!.segmentCount);
      expect(Object.keys(byName[0]!).sort()).toEqual(['index', 'paragraph', 'source', 'status', 'target']);
      expect(byName.map((s) => s.index)).toEqual(byName.map((_, i) => i));
      // Segments reproduce the report: every segment is text of the file, in order, paragraph by paragraph.
      const text = readFileSync(corpusFiles[1]!, 'utf8');
      let from = 0;
      for (const s of byName) {
        const at = text.indexOf(s.source, from);
        expect(at, s.source).toBeGreaterThanOrEqual(0);
        from = at + s.source.length;
      }
      const lines = text.split('\n').filter((l) => l.trim());
      expect(Math.max(...byName.map((s) => s.paragraph))).toBe(lines.length - 1);

      const human = await cli(db, ['list']);
      expect(human.stdout).toContain('confirmed');
    });

    it('refuses a changed file under an already imported name, keeping the original', async () => {
      const dir = tempDir();
      const db = join(dir, 'cli.sqlite');
      const file = join(dir, 'report.txt');
      writeFileSync(file, 'سرلشکر باقری گفت. این یک آزمایش است.\n');
      expect((await cli(db, ['import', file])).code).toBe(0);
      writeFileSync(file, 'سرلشکر باقری گفت. متن دیگری است.\n');
      const r = await cli(db, ['import', file]);
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain('report.txt');
      expect(r.stderr).toMatch(/differs/);
      const segs = json<Seg[]>(await cli(db, ['segments', 'report.txt', '--json']));
      expect(segs[1]!.source).toBe('این یک آزمایش است.');
    });

    it('prints file names with bidi controls escaped, never raw (issue 13.16)', async () => {
      const dir = tempDir();
      const db = join(dir, 'cli.sqlite');
      // Shown raw, U+202E makes "report\u202Etxt.exe" read as "reportexe.txt" and reverses the rest of the line.
      const evil = join(dir, 'report\u202etxt.exe\u2066.txt');
      copyFileSync(corpusFiles[0]!, evil);
      const imported = await cli(db, ['import', evil]);
      expect(imported.code, imported.stderr).toBe(0);
      const list = await cli(db, ['list']);
      for (const out of [imported.stdout, list.stdout]) {
        expect(out).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
        expect(out).toContain('report\\u{202E}txt.exe\\u{2066}.txt');
      }
      // The name itself is stored as given; only its display is escaped.
      expect(json<Summary[]>(await cli(db, ['list', '--json']))[0]!.name).toBe(
        'report\u202etxt.exe\u2066.txt',
      );
    });

    it('answers bad input with a one-line error naming the file, and imports nothing', async () => {
      const dir = tempDir();
      const db = join(dir, 'cli.sqlite');
      const good = join(dir, 'good.txt');
      copyFileSync(corpusFiles[0]!, good);
      const cases: Record<string, { path: string; expect: RegExp }> = {};
      const add = (name: string, bytes: Buffer | string, expectRe: RegExp) => {
        const path = join(dir, name);
        writeFileSync(path, bytes);
        cases[name] = { path, expect: expectRe };
      };
      add('empty.txt', '', /empty/);
      add('blank.txt', '  \n\n \n', /empty/);
      // Only invisible characters (ZWNJ, RLM, RLO, word joiner) renders as a blank page (issue 13.16).
      add('invisible.txt', '\u200c\u200c\n\u200f \u202e\u2060\u200c\n', /empty/);
      add(
        'image.png',
        Buffer.from([
          0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0,
          0, 0, 1, 0, 8, 6, 0, 0, 0,
        ]),
        /binary/,
      );
      add('huge-line.txt', 'ب'.repeat(10 * 1024 * 1024), /larger than|limit/);
      add(
        'bad-utf8.txt',
        Buffer.concat([
          Buffer.from('hello '),
          Buffer.from([0xc3, 0x28, 0xa0, 0xa1]),
          Buffer.from(' world\n'),
        ]),
        /decode|binary/,
      );
      mkdirSync(join(dir, 'a-directory'));
      cases['a-directory'] = { path: join(dir, 'a-directory'), expect: /directory/ };
      cases['missing.txt'] = { path: join(dir, 'missing.txt'), expect: /no such file/ };

      for (const [name, c] of Object.entries(cases)) {
        const r = await cli(db, ['import', good, c.path]);
        expect(r.code, name).toBe(1);
        const lines = r.stderr.trim().split('\n');
        expect(lines, name).toHaveLength(1);
        expect(lines[0], name).toContain(name);
        expect(lines[0], name).toMatch(c.expect);
      }
      // The good file named with every bad one was never imported.
      expect(json<Summary[]>(await cli(db, ['list', '--json']))).toEqual([]);
    });

    it('prints help for every command and rejects unknown ones', async () => {
      const db = join(tempDir(), 'cli.sqlite');
      for (const cmd of [
        'import',
        'list',
        'segments',
        'glossary',
        'terms',
        'qa',
        'export',
        'import-xliff',
        'import-tmx',
      ]) {
        const r = await cli(db, [cmd, '--help']);
        expect(r.code, cmd).toBe(0);
        expect(r.stdout, cmd).toMatch(/^Usage: barabar /);
      }
      const top = await cli(db, ['--help']);
      expect(top.code).toBe(0);
      expect(top.stdout).toContain('import-xliff');
      const bad = barabar(db, ['frobnicate']);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('unknown command "frobnicate"');
      const usage = barabar(db, ['segments']);
      expect(usage.code).toBe(2);
    });
  },
);
