import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../../../src/server/create-api';
import { defaultMigrationsDir, loadMigrations, openDatabase } from '../../../../src/server/db/open';
import { useTmApi } from './setup';

const setup = useTmApi();

const tmx = (units: [string, string][]): string =>
  `<?xml version="1.0"?><tmx version="1.4"><header srclang="fa"/><body>${units
    .map(
      ([fa, en]) =>
        `<tu><tuv xml:lang="fa"><seg>${fa}</seg></tuv><tuv xml:lang="en"><seg>${en}</seg></tuv></tu>`,
    )
    .join('')}</body></tmx>`;

const UNITS: [string, string][] = [
  ['رئيس جمهور در نشست خبری گفت.', 'The president told a news conference.'],
  ['همکاری‌های بینالمللی گسترش یافت.', 'International cooperation grew.'],
  ['وزیران دفاع دو کشور دیدار کردند.', 'The defence ministers of the two countries met.'],
  ['بین دو کشور المللی نیست.', 'Not between two countries.'],
];

const shown = (hits: { source: string; ranges: { start: number; end: number }[] }[]): string[] =>
  hits.map((h) => h.source.slice(h.ranges[0]!.start, h.ranges[0]!.end));

describe('Persian concordance on the fuzzy index', () => {
  it('finds Arabic letters, joined and spaced spellings and an unfinished last word, marked', async () => {
    const { api, dir } = setup();
    const file = join(dir, 'c.tmx');
    writeFileSync(file, tmx(UNITS));
    await api.handlers['tm.importFile']({ path: file, name: 'c' }, undefined);
    const tm = api.services.tm;
    expect(shown(tm.concordance('رئیس جمهور'))).toEqual(['رئيس جمهور']);
    expect(shown(tm.concordance('رئیسجمهور'))).toEqual(['رئيس جمهور']);
    expect(shown(tm.concordance('بین المللی'))).toEqual(['بینالمللی']);
    expect(shown(tm.concordance('همکاری‌های بین الم'))).toEqual(['همکاری‌های بینالم']);
    expect(shown(tm.concordance('وزیرا'))).toEqual(['وزیرا']);
    expect(tm.concordance('وزیر دفاع')).toEqual([]);
    expect(tm.concordance('دو کشور', { limit: 1 }).map((h) => h.target)).toEqual([
      'The defence ministers of the two countries met.',
    ]);
    // English: whole words, or the last one unfinished when no unit holds it whole.
    for (const q of ['defence minister', 'defence minis'])
      expect(tm.concordance(q, { side: 'target' }).map((h) => h.source)).toEqual([
        'وزیران دفاع دو کشور دیدار کردند.',
      ]);
    expect(tm.concordance('two', { side: 'target' }).map((h) => h.source)).toEqual([
      'وزیران دفاع دو کشور دیدار کردند.',
      'بین دو کشور المللی نیست.',
    ]);
  });

  it('sees a unit confirmed after the index was built', async () => {
    const { api, b } = setup();
    const tm = api.services.tm;
    expect(tm.concordance('نشست دو طرف')).toEqual([]);
    await api.handlers['segments.saveTarget']({
      documentId: b,
      index: 0,
      target: 'At the end of the session both sides stressed cooperation.',
      status: 'translated',
    });
    expect(shown(tm.concordance('نشست دو طرف'))).toEqual(['نشست دو طرف']);
  });
});

describe('migration 008: the source full-text table goes', () => {
  it('drops tm_src from an existing database; its units are still found both ways', () => {
    const dir = join(setup().dir, 'old');
    mkdirSync(join(dir, 'migrations'), { recursive: true });
    for (const f of readdirSync(defaultMigrationsDir()).filter((f) => f < '008'))
      copyFileSync(join(defaultMigrationsDir(), f), join(dir, 'migrations', f));
    const file = join(dir, 'old.sqlite');
    const before = openDatabase(file, { migrations: loadMigrations(join(dir, 'migrations')) }).db;
    before
      .prepare("INSERT INTO tm_memories (id, name, kind, created_at) VALUES (2, 'old', 'reference', 'x')")
      .run();
    const words = ['وزیر', 'دفاع', 'گفت'].map((k) =>
      Number(before.prepare('INSERT INTO tm_words (key) VALUES (?)').run(k).lastInsertRowid),
    );
    const id = before
      .prepare(
        `INSERT INTO tm_units (memory_id, source, target, exact_hash, word_ids, created_at, changed_at)
         VALUES (2, 'وزير دفاع گفت.', 'The defence minister said.', 0, ?, 'x', 'x')`,
      )
      .run(Buffer.from(Uint32Array.from(words).buffer)).lastInsertRowid;
    before.prepare('INSERT INTO tm_src (rowid, text) VALUES (?, ?)').run(id, 'وزیر دفاع گفت');
    before.prepare('INSERT INTO tm_tgt (rowid, text) VALUES (?, ?)').run(id, 'The defence minister said.');
    before.close();

    const api = createApi({ dbPath: file });
    try {
      const left = api.services.db.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'tm_src%'").all();
      expect(left).toEqual([]);
      const tm = api.services.tm;
      expect(tm.concordance('وزیر دفاع').map((h) => h.target)).toEqual(['The defence minister said.']);
      expect(tm.concordance('minister', { side: 'target' }).map((h) => h.source)).toEqual(['وزير دفاع گفت.']);
    } finally {
      api.close();
    }
  });
});
