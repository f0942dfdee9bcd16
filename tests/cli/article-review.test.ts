import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../src/server/create-api';
import { barabar, cli } from '../helpers/cli';
import { buildReportDocx, editDocxXml } from '../helpers/docx';
import { REPORT, REPORT_EN } from '../helpers/report';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

/** A database holding REPORT as report.txt with segments 2 and 4 (1-based) left unconfirmed. */
async function setUp(): Promise<{ dir: string; db: string }> {
  const dir = tempDir();
  const db = join(dir, 'cli.sqlite');
  writeFileSync(join(dir, 'report.txt'), REPORT);
  expect((await cli(db, ['import', '--no-seed', join(dir, 'report.txt')])).code).toBe(0);
  const xlf = join(dir, 'r.xlf');
  expect((await cli(db, ['export', 'report.txt', '--format', 'xliff', '--out', xlf])).code).toBe(0);
  let xml = readFileSync(xlf, 'utf8');
  for (const i of [0, 2]) {
    xml = xml.replace(
      new RegExp(`<segment id="s${i}" state="initial">(<source>[^<]*</source>)`),
      `<segment id="s${i}" state="translated">$1<target>${REPORT_EN[i]}</target>`,
    );
  }
  writeFileSync(xlf, xml);
  expect((await cli(db, ['import-xliff', xlf])).stdout).toContain('applied 2');
  return { dir, db };
}

describe('barabar export of the English article and the review round trip', { timeout: 120_000 }, () => {
  it('refuses an article with unconfirmed segments, naming them, and exports under a chosen policy', async () => {
    const { dir, db } = await setUp();
    const txt = join(dir, 'out.txt');
    const refused = await cli(db, ['export', 'report.txt', '--format', 'txt', '--out', txt]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('2 segment(s) not confirmed: 2, 4');

    const omit = await cli(db, [
      'export',
      'report.txt',
      '--format',
      'txt',
      '--out',
      txt,
      '--unconfirmed',
      'omit',
    ]);
    expect(omit.code).toBe(0);
    expect(omit.stdout).toContain('2 unconfirmed segment(s) left out: 2, 4');
    expect(readFileSync(txt, 'utf8')).toBe('Defence ministers meet\n\nThe meeting was important.\n');

    const html = join(dir, 'out.html');
    expect(
      (
        await cli(db, [
          'export',
          'report.txt',
          '--format',
          'html-target',
          '--out',
          html,
          '--unconfirmed',
          'source',
        ])
      ).code,
    ).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain('<span class="untranslated" lang="fa" dir="rtl"');

    const docx = join(dir, 'out.docx');
    expect(
      (await cli(db, ['export', 'report.txt', '--format', 'docx', '--out', docx, '--unconfirmed', 'draft']))
        .code,
    ).toBe(0);
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');

    const bad = await cli(db, [
      'export',
      'report.txt',
      '--format',
      'txt',
      '--out',
      txt,
      '--unconfirmed',
      'maybe',
    ]);
    // Checked by the API like every input: the same validation error as over HTTP.
    expect(bad).toMatchObject({ code: 1 });
    expect(bad.stderr).toContain('unconfirmed');
  });

  it('filters bilingual exports by status and says what was left out', async () => {
    const { dir, db } = await setUp();
    const api = createApi({ dbPath: db });
    api.services.documents.saveTarget({ documentId: 1, index: 1, target: 'Only a draft.' });
    api.close();
    const tmx = join(dir, 'out.tmx');
    const r = await cli(db, ['export', 'report.txt', '--format', 'tmx', '--out', tmx]);
    expect(r.stdout).toContain('confirmed segments');
    expect(r.stdout).toContain('left out of report.txt (not confirmed): 2, 4');
    expect(readFileSync(tmx, 'utf8').match(/<tu>|<tu /g)).toHaveLength(2);
    const all = await cli(db, ['export', 'report.txt', '--format', 'tmx', '--status', 'all', '--out', tmx]);
    expect(all.stdout).not.toContain('left out');
    expect(readFileSync(tmx, 'utf8').match(/<tu>|<tu /g)).toHaveLength(3);
    expect(readFileSync(tmx, 'utf8')).toContain('Only a draft.');
    const tsv = join(dir, 'out.tsv');
    await cli(db, ['export', 'report.txt', '--format', 'tsv', '--status', 'confirmed', '--out', tsv]);
    expect(readFileSync(tsv, 'utf8')).not.toContain('وزیر دفاع گفت');
    expect(readFileSync(tsv, 'utf8')).toContain('این دیدار مهم بود');
  });

  it('round-trips a Word review table: export, edit document.xml, import-review', async () => {
    const { dir, db } = await setUp();
    const file = join(dir, 'review.docx');
    expect((await cli(db, ['export', 'report.txt', '--format', 'review-docx', '--out', file])).code).toBe(0);
    writeFileSync(
      file,
      await editDocxXml(readFileSync(file), (xml) =>
        xml.replace('The meeting was important.', 'It mattered.'),
      ),
    );
    const preview = await cli(db, ['import-review', file, '--dry-run']);
    expect(preview.stdout).toContain('would change 1 segment(s)');
    const r = await cli(db, ['import-review', file, '--json']);
    expect(JSON.parse(r.stdout)).toMatchObject({
      document: 'report.txt',
      applied: [{ segment: 3, before: 'The meeting was important.', after: 'It mattered.' }],
      dryRun: false,
    });
    const segs = JSON.parse((await cli(db, ['segments', 'report.txt', '--json'])).stdout) as {
      status: string;
    }[];
    expect(segs.map((s) => s.status)).toEqual(['translated', 'new', 'reviewed', 'new']);

    // The Persian of a row changed: refused, naming the segment, nothing applied.
    writeFileSync(
      file,
      await editDocxXml(readFileSync(file), (xml) =>
        xml.replace('It mattered.', 'Other.').replace('وزیر دفاع گفت', 'وزیر گفت'),
      ),
    );
    const refused = await cli(db, ['import-review', file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('segment(s) 2 no longer matches');
  });

  it('imports Word and HTML reports and refuses bad ones, naming the file', async () => {
    const dir = tempDir();
    const db = join(dir, 'cli.sqlite');
    writeFileSync(join(dir, 'report.docx'), await buildReportDocx());
    writeFileSync(
      join(dir, 'page.html'),
      '<body><nav>منو</nav><article><p>خبر یک. خبر دو.</p></article></body>',
    );
    const ok = await cli(db, ['import', '--no-seed', join(dir, 'report.docx'), join(dir, 'page.html')]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/imported +report\.docx .*9 segments, docx/);
    expect(ok.stdout).toMatch(/imported +page\.html .*2 segments, html/);

    writeFileSync(join(dir, 'fake.docx'), 'not a zip at all');
    const bad = await cli(db, ['import', join(dir, 'fake.docx')]);
    expect(bad).toMatchObject({ code: 1 });
    expect(bad.stderr).toContain('fake.docx: not a Word .docx file');
    writeFileSync(join(dir, 'big.html'), Buffer.alloc(50 * 1024 * 1024, 0x20));
    expect((await cli(db, ['import', join(dir, 'big.html')])).stderr).toContain(
      'big.html is larger than the 20 MB limit',
    );
  });
});

describe('barabar export (real process)', { timeout: 120_000 }, () => {
  it('exits 1 listing the unconfirmed segments', async () => {
    const { dir, db } = await setUp();
    const r = barabar(db, ['export', 'report.txt', '--format', 'docx', '--out', join(dir, 'a.docx')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('not confirmed: 2, 4');
  });
});
