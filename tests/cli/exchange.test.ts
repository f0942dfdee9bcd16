import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { barabar, cli, json } from '../helpers/cli';
import { useTempDir } from '../helpers/temp';
import { xmllint } from '../helpers/xmllint';

const ROOT = join(__dirname, '..', '..');
const REPORT = join(ROOT, 'corpus', '001_9b9d56cbd92bbcd7.txt');
const tempDir = useTempDir();

interface Seg {
  index: number;
  source: string;
  target: string;
  status: string;
}
interface Issue {
  check: string;
  severity: string;
  segment: number;
  document: string;
  text: string;
}

/** Gives segment `id` a target and a state, as a reviewer's CAT tool would. */
function setTarget(xlf: string, id: string, target: string, state: string): string {
  const re = new RegExp(
    `<segment id="${id}" state="[a-z]+"([^>]*)>(<source>[\\s\\S]*?</source>)(<target>[\\s\\S]*?</target>)?`,
  );
  expect(re.test(xlf), id).toBe(true);
  return xlf.replace(
    re,
    (_m, rest: string, source: string) =>
      `<segment id="${id}" state="${state}"${rest.replace(/ subState="[^"]*"/, '')}>${source}<target>${target}</target>`,
  );
}

describe(
  'barabar export / import-xliff / qa (real database; in-process unless the process matters)',
  { timeout: 240_000 },
  () => {
    it('exports XLIFF 2.1 that validates, takes edited targets back, and round-trips to segments', async () => {
      const dir = tempDir();
      const db = join(dir, 'x.sqlite');
      expect((await cli(db, ['import', REPORT])).code).toBe(0);
      const xlf = join(dir, 'work.xlf');
      const exp = await cli(db, ['export', '001_9b9d56cbd92bbcd7.txt', '--format', 'xliff', '--out', xlf]);
      expect(exp.code, exp.stderr).toBe(0);
      expect(xmllint(readFileSync(xlf, 'utf8'), 'xliff2')).toEqual({ ok: true, errors: '' });

      let edited = readFileSync(xlf, 'utf8');
      edited = setTarget(edited, 's0', 'Bagheri &amp; Khrenin met in Tehran.', 'translated');
      edited = setTarget(edited, 's2', 'A draft only', 'initial');
      writeFileSync(xlf, edited);
      const r = json<{ applied: number; mismatched: unknown[] }>(
        await cli(db, ['import-xliff', xlf, '--json']),
      );
      expect(r).toMatchObject({ applied: 2, mismatched: [] });
      const segs = json<Seg[]>(await cli(db, ['segments', '001_9b9d56cbd92bbcd7.txt', '--json']));
      expect(segs[0]).toMatchObject({ target: 'Bagheri & Khrenin met in Tehran.', status: 'translated' });
      expect(segs[2]).toMatchObject({ target: 'A draft only', status: 'draft' });
      expect(segs[1]).toMatchObject({ target: '', status: 'new' });

      // Exported again, the targets are there and the file still validates, in every XML format.
      for (const [format, schema] of [
        ['xliff', 'xliff2'],
        ['xliff12', 'xliff12'],
        ['tmx', 'tmx'],
      ] as const) {
        const out = join(dir, `again.${format}`);
        expect((await cli(db, ['export', '--all', '--format', format, '--out', out])).code, format).toBe(0);
        expect(xmllint(readFileSync(out, 'utf8'), schema), format).toEqual({ ok: true, errors: '' });
        expect(readFileSync(out, 'utf8'), format).toContain('Bagheri &amp; Khrenin met in Tehran.');
      }
    });

    it('rejects an XLIFF whose segment ids are unknown and changes nothing', async () => {
      const dir = tempDir();
      const db = join(dir, 'x.sqlite');
      expect((await cli(db, ['import', REPORT])).code).toBe(0);
      const xlf = join(dir, 'work.xlf');
      expect((await cli(db, ['export', '--all', '--format', 'xliff', '--out', xlf])).code).toBe(0);
      let edited = setTarget(readFileSync(xlf, 'utf8'), 's0', 'Should not land', 'translated');
      edited = edited.replace('<segment id="s1"', '<segment id="s999"');
      writeFileSync(xlf, edited);
      const r = await cli(db, ['import-xliff', xlf]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('work.xlf');
      expect(r.stderr).toContain('s999');
      expect(json<Seg[]>(await cli(db, ['segments', '1', '--json']))[0]!.target).toBe('');
    });

    it('exits 1 while QA errors remain and 0 once the draft is right', () => {
      const dir = tempDir();
      const db = join(dir, 'x.sqlite');
      const doc = join(dir, 'short.txt');
      writeFileSync(doc, 'سرلشکر باقری در دیدار با وزیر دفاع بلاروس گفت ۳ کشور همکاری دارند.\n');
      expect(barabar(db, ['import', doc]).code).toBe(0);
      const xlf = join(dir, 'w.xlf');
      const apply = (target: string) => {
        expect(barabar(db, ['export', '--all', '--format', 'xliff', '--out', xlf]).code).toBe(0);
        writeFileSync(xlf, setTarget(readFileSync(xlf, 'utf8'), 's0', target, 'translated'));
        expect(barabar(db, ['import-xliff', xlf]).code).toBe(0);
      };
      apply('General Bagheri told the Belarusian defence minister that the countries cooperate.');
      const bad = barabar(db, ['qa', '--json']);
      expect(bad.code).toBe(1);
      const issues = JSON.parse(bad.stdout) as Issue[];
      expect(issues.map((i) => i.check)).toEqual(expect.arrayContaining(['term-missing', 'number-missing']));
      expect(issues.every((i) => i.document === 'short.txt' && i.segment === 0)).toBe(true);

      apply('Major General Bagheri told the defence minister of Belarus that the 3 countries cooperate.');
      const good = barabar(db, ['qa', '--json']);
      expect(JSON.parse(good.stdout).filter((i: Issue) => i.severity === 'error')).toEqual([]);
      expect(good.code).toBe(0);
    });
  },
);

describe(
  'barabar import-tmx (real database; in-process unless the process matters)',
  { timeout: 240_000 },
  () => {
    it('loads a TMX as a reference memory named after the file, and refuses hostile or truncated TMX without loading anything', async () => {
      const dir = tempDir();
      const db = join(dir, 't.sqlite');
      const tmx = join(dir, 'memory.tmx');
      writeFileSync(
        tmx,
        `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="*all*" datatype="plaintext"/>
<body>
<tu><tuv xml:lang="fa-IR"><seg>سرلشکر باقری گفت.</seg></tuv><tuv xml:lang="en"><seg>Major General Bagheri said.</seg></tuv></tu>
<tu><tuv xml:lang="fa"><seg>۳۰ سال</seg></tuv><tuv xml:lang="en-GB"><seg>30 years</seg></tuv></tu>
</body></tmx>`,
      );
      expect(json(await cli(db, ['import-tmx', tmx, '--json']))).toMatchObject({
        memory: 'memory',
        units: 2,
      });
      // Imported again (an updated file, say): a second memory beside the first; lookups show a pair once.
      expect(json(await cli(db, ['import-tmx', tmx, '--json']))).toMatchObject({
        memory: 'memory (2)',
        units: 2,
      });
      expect(json<unknown[]>(await cli(db, ['tm', 'lookup', 'سرلشکر باقری گفت.', '--json']))).toEqual([
        {
          score: 100,
          source: 'سرلشکر باقری گفت.',
          target: 'Major General Bagheri said.',
          origin: 'memory (2)', // equal pairs: the newer one is shown
          adapted: false,
        },
      ]);

      const xxe = join(dir, 'xxe.tmx');
      writeFileSync(
        xxe,
        `<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]><tmx version="1.4"><header srclang="fa"/><body><tu><tuv xml:lang="fa"><seg>&x;</seg></tuv><tuv xml:lang="en"><seg>y</seg></tuv></tu></body></tmx>`,
      );
      const truncated = join(dir, 'truncated.tmx');
      writeFileSync(truncated, readFileSync(tmx, 'utf8').slice(0, 400));
      for (const bad of [xxe, truncated]) {
        const r = await cli(db, ['import-tmx', bad]);
        expect(r.code, bad).toBe(1);
        expect(r.stderr, bad).toContain(bad.split('/').pop());
        expect(r.stderr.trim().split('\n'), bad).toHaveLength(1);
      }
      const fresh = join(dir, 'fresh.sqlite');
      expect((await cli(fresh, ['import-tmx', truncated])).code).toBe(1);
      expect(json<{ units: number }>(await cli(fresh, ['import-tmx', tmx, '--json'])).units).toBe(2);
    });

    it('says how many units it skipped and why, and never stores Persian as English (issue 13.5)', async () => {
      const dir = tempDir();
      const db = join(dir, 't.sqlite');
      const tmx = join(dir, 'omegat.tmx');
      const tu = (fa: string, en: string | null): string =>
        `<tu><tuv xml:lang="fa"><seg>${fa}</seg></tuv>${en === null ? '' : `<tuv xml:lang="en"><seg>${en}</seg></tuv>`}</tu>`;
      writeFileSync(
        tmx,
        `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="fa" datatype="plaintext"/>
<body>
${tu('سرلشکر باقری گفت.', '')}${tu('۳۰ سال', '\u200c ')}${tu('رئیس‌جمهور گفت.', 'رئيس جمهور گفت.')}
${tu('دیدار کرد.', 'دیدار کرد و رفت.')}${tu('بدون ترجمه', null)}${tu('سلام.', 'Hello.')}
</body></tmx>`,
      );
      const r = json<{ units: number; skipped: Record<string, number> }>(
        await cli(db, ['import-tmx', tmx, '--json']),
      );
      expect(r.units).toBe(1);
      expect(r.skipped).toEqual({ empty_target: 2, copies_source: 1, arabic_script: 1, no_pair: 1 });
      const text = await cli(join(dir, 'other.sqlite'), ['import-tmx', tmx]);
      expect(text.stdout.trim()).toMatch(/omegat\.tmx: 1 translation units into memory "omegat"; /);
      expect(text.stdout.trim()).toContain(
        'into memory "omegat"; skipped 5: 1 no Persian and English pair, 2 empty English, ' +
          '1 English is a copy of the Persian, 1 English is in Arabic script',
      );
    });
  },
);
