import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

/** The CLI in-process; every call names its database with --db, which beats BARABAR_DB. */
const run = (argv: string[]) => cli('', argv);

describe('barabar glossary import --on-conflict', { timeout: 60_000 }, () => {
  it('fails by default, previews with --dry-run, and applies each strategy', async () => {
    const dir = tempDir();
    const ours = join(dir, 'ours.tsv');
    const theirs = join(dir, 'theirs.tsv');
    writeFileSync(ours, 'fa\ten\nمجلس\tMajlis\n');
    writeFileSync(theirs, 'fa\ten\nمجلس\tParliament\nسرهنگ\tColonel\n');
    for (const strategy of ['fail', 'skip', 'replace', 'add-as-admitted']) {
      const db = join(dir, `${strategy}.sqlite`);
      expect((await run(['glossary', 'import', ours, '--no-seed', '--db', db])).code).toBe(0);
      const preview = await run([
        'glossary',
        'import',
        theirs,
        '--db',
        db,
        '--dry-run',
        '--on-conflict',
        strategy,
      ]);
      expect(preview.stdout, strategy).toContain('PREVIEW, nothing written');
      expect(preview.stdout, strategy).toContain(`conflicts 1 (${strategy})`);
      const r = await run(['glossary', 'import', theirs, '--db', db, '--on-conflict', strategy]);
      expect(r.code, strategy).toBe(strategy === 'fail' ? 1 : 0);
      expect(r.stdout, strategy).toMatch(
        new RegExp(
          `conflict +line 2: .*→ ${{ fail: 'failed', skip: 'skipped', replace: 'replaced', 'add-as-admitted': 'added-as-admitted' }[strategy]}`,
        ),
      );
      const list = JSON.parse((await run(['glossary', 'list', '--db', db, '--json'])).stdout) as {
        terms: { text: string; status: string }[];
      }[];
      const english = list.flatMap((e) =>
        e.terms.filter((t) => /[a-z]/i.test(t.text)).map((t) => `${t.text}:${t.status}`),
      );
      expect(english.sort(), strategy).toEqual(
        {
          fail: ['Majlis:preferred'],
          skip: ['Colonel:preferred', 'Majlis:preferred'],
          replace: ['Colonel:preferred', 'Parliament:preferred'],
          'add-as-admitted': ['Colonel:preferred', 'Majlis:preferred', 'Parliament:admitted'],
        }[strategy],
      );
    }
    expect(
      (await run(['glossary', 'import', theirs, '--db', join(dir, 'x.sqlite'), '--on-conflict', 'maybe']))
        .code,
    ).toBe(1);
  });
});
