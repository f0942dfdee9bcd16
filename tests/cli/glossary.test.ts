import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, json } from '../helpers/cli';
import { useTempDir } from '../helpers/temp';

const ROOT = join(__dirname, '..', '..');
const CORPUS_000 = join(ROOT, 'corpus', '000_f97710a0ea2d7f8d.txt');
const TERMBASE = join(ROOT, 'glossary', 'barabar.termbase');
const tempDir = useTempDir();

interface EntryJson {
  id: number;
  subject: string;
  note?: string;
  terms: { lang: string; text: string; status: string }[];
}
interface Hit {
  start: number;
  end: number;
  text: string;
  term: string;
  english: string;
  entry: number;
  inflected: boolean;
}

describe(
  'barabar glossary (real database; in-process unless the process matters)',
  { timeout: 180_000 },
  () => {
    it('adds, finds in any spelling, edits with history, and removes an entry', async () => {
      const db = join(tempDir(), 'g.sqlite');
      const add = await cli(db, [
        'glossary',
        'add',
        '--no-seed',
        '--fa',
        'رئیس‌جمهور',
        '--en',
        'President',
        '--subject',
        'politics',
        '--note',
        'head of state',
        '--json',
      ]);
      expect(add.code, add.stderr).toBe(0);
      const entry = JSON.parse(add.stdout) as EntryJson;
      // Spaced, joined and Arabic-letter spellings all find it.
      for (const q of ['رئیس جمهور', 'رئیسجمهور', 'رئيس جمهور', 'president']) {
        const found = json<EntryJson[]>(await cli(db, ['glossary', 'search', q, '--json']));
        expect(
          found.map((e) => e.id),
          q,
        ).toEqual([entry.id]);
      }
      // The same Persian term with the same preferred English is refused.
      const dup = await cli(db, ['glossary', 'add', '--fa', 'رئیس جمهور', '--en', 'president']);
      expect(dup.code).toBe(1);
      expect(dup.stderr).toMatch(/conflict/);

      const edit = await cli(db, [
        'glossary',
        'edit',
        String(entry.id),
        '--en',
        'President of Iran',
        '--admitted',
        'President',
        '--json',
      ]);
      expect(edit.code, edit.stderr).toBe(0);
      const edited = JSON.parse(edit.stdout) as EntryJson;
      expect(edited.terms.filter((t) => t.lang === 'en').map((t) => [t.text, t.status])).toEqual([
        ['President of Iran', 'preferred'],
        ['President', 'admitted'],
      ]);
      expect(edited.note).toBe('head of state');
      const history = json<{ action: string; by: string; before: EntryJson | null }[]>(
        await cli(db, ['glossary', 'history', String(entry.id), '--json']),
      );
      expect(history.map((h) => h.action)).toEqual(['update', 'create']);
      expect(history[0]!.before!.terms.find((t) => t.lang === 'en')!.text).toBe('President');
      expect(history[0]!.by.length).toBeGreaterThan(0);

      expect((await cli(db, ['glossary', 'remove', String(entry.id)])).code).toBe(0);
      expect(json<EntryJson[]>(await cli(db, ['glossary', 'search', 'President', '--json']))).toEqual([]);
      const missing = await cli(db, ['glossary', 'remove', String(entry.id)]);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain('not found');
      expect((await cli(db, ['glossary', 'add', '--fa', 'تست'])).code).toBe(1);
    });

    it('loads the shipped termbase into a new database and finds terms in a report with exact offsets', async () => {
      const db = join(tempDir(), 'g.sqlite');
      const list = json<EntryJson[]>(await cli(db, ['glossary', 'list', '--json']));
      expect(list.length).toBeGreaterThanOrEqual(80);
      // --no-seed on a new database leaves the glossary empty.
      expect(
        json<EntryJson[]>(
          await cli(join(tempDir(), 'empty.sqlite'), ['glossary', 'list', '--no-seed', '--json']),
        ),
      ).toEqual([]);

      const fromDb = json<{ doc: string; hits: Hit[] }[]>(await cli(db, ['terms', CORPUS_000, '--json']));
      const fromFile = json<{ doc: string; hits: Hit[] }[]>(
        await cli(db, ['terms', '--glossary', TERMBASE, CORPUS_000, '--json']),
      );
      expect(fromDb[0]!.doc).toBe('000_f97710a0ea2d7f8d.txt');
      const text = readFileSync(CORPUS_000, 'utf8');
      for (const h of fromFile[0]!.hits) expect(text.slice(h.start, h.end)).toBe(h.text);
      // Same terms whichever way the glossary is given (entry numbers differ: database ids vs file positions).
      const strip = (hits: Hit[]) => hits.map(({ entry: _e, ...h }) => h);
      expect(strip(fromDb[0]!.hits)).toEqual(strip(fromFile[0]!.hits));
      const sarlashkar = fromFile[0]!.hits.find((h) => h.term === 'امیر سرتیپ');
      expect(sarlashkar?.english).toMatch(/Brigadier General/);
      expect(fromFile[0]!.hits.some((h) => h.english === 'Belarus')).toBe(true);
    });

    it('imports OmegaT TSV all-or-nothing and exports formats that re-import to the same glossary', async () => {
      const dir = tempDir();
      const db = join(dir, 'g.sqlite');
      const bad = join(dir, 'bad.tsv');
      writeFileSync(bad, 'پهپاد\tdrone\tunmanned aircraft\nموشک\t\tno English\nناو\twarship\n');
      const r = await cli(db, ['glossary', 'import', '--no-seed', bad]);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/rejected\s+line 2/);
      expect(json<EntryJson[]>(await cli(db, ['glossary', 'list', '--json']))).toEqual([]);

      const good = join(dir, 'good.tsv');
      writeFileSync(good, 'پهپاد\tdrone\tunmanned aircraft\nناو\twarship\n');
      const ok = json<{ added: number; applied: boolean }>(
        await cli(db, ['glossary', 'import', good, '--json']),
      );
      expect(ok).toMatchObject({ added: 2, applied: true });

      for (const format of ['tsv', 'csv', 'tbx', 'tbx-basic']) {
        const out = join(dir, `export.${format}`);
        expect((await cli(db, ['glossary', 'export', '--format', format, '--out', out])).code, format).toBe(
          0,
        );
        const fresh = join(dir, `fresh-${format}.sqlite`);
        const imported = json<{ added: number; applied: boolean }>(
          await cli(fresh, ['glossary', 'import', '--no-seed', out, '--json']),
        );
        expect(imported, format).toMatchObject({ added: 2, applied: true });
        const strip = (es: EntryJson[]) =>
          es.map((e) => ({
            subject: e.subject,
            note: e.note,
            terms: e.terms.map(({ lang, text, status }) => ({ lang, text, status })),
          }));
        expect(strip(json<EntryJson[]>(await cli(fresh, ['glossary', 'list', '--json']))), format).toEqual(
          strip(json<EntryJson[]>(await cli(db, ['glossary', 'list', '--json']))),
        );
        // Re-importing into the source database changes nothing.
        expect(
          json<{ unchanged: number; added: number }>(await cli(db, ['glossary', 'import', out, '--json'])),
          format,
        ).toMatchObject({ unchanged: 2, added: 0 });
      }
    });
  },
);
