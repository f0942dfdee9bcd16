/**
 * Our Word files open in LibreOffice (issue 11): the English article and the review table are converted to
 * PDF by `libreoffice --headless` and must hold the expected text (scripts/check-libreoffice.ts does the
 * work and also renders page images for a person to look at). .ci/run installs LibreOffice Writer and
 * poppler-utils; where they are missing the test fails with the install command rather than skipping.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const out = mkdtempSync(join(tmpdir(), 'barabar-lo-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('Word files in LibreOffice', () => {
  it('converts the English article and the review table to PDFs that hold their text', () => {
    for (const tool of ['/usr/bin/libreoffice', '/usr/bin/pdftotext', '/usr/bin/pdftoppm']) {
      if (!existsSync(tool)) {
        throw new Error(`${tool} is missing: apt-get install libreoffice-writer-nogui poppler-utils`);
      }
    }
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts/check-libreoffice.ts'), out],
      { cwd: ROOT, encoding: 'utf8', timeout: 240_000 },
    );
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout).toContain('ok: both Word files open in LibreOffice');
    expect(existsSync(join(out, 'report.en.pdf'))).toBe(true);
    expect(existsSync(join(out, 'report.review.pdf'))).toBe(true);
  }, 300_000);
});
