/**
 * `barabar qa --profile FILE` (real process, real database): an exported profile switches checks off and
 * changes severities, and so the exit code; a bad profile is a clear error naming the file and the field.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { barabar, json } from '../helpers/cli';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
const CORPUS_FILE = join(__dirname, '..', '..', 'corpus', '000_f97710a0ea2d7f8d.txt');

interface Issue {
  check: string;
  severity: string;
}

describe('barabar qa --profile', { timeout: 120_000 }, () => {
  it('uses the profile’s checks and severities, and refuses a bad profile', () => {
    const dir = tempDir();
    const db = join(dir, 'qa.sqlite');
    expect(barabar(db, ['import', CORPUS_FILE]).code).toBe(0);
    const all = json<Issue[]>(barabar(db, ['qa', '--json']));
    expect(all.some((i) => i.check === 'untranslated')).toBe(true);
    expect(all.some((i) => i.check === 'possible-misspelling')).toBe(true);

    const profile = join(dir, 'team.json');
    writeFileSync(
      profile,
      JSON.stringify({
        checks: { untranslated: { enabled: false }, 'possible-misspelling': { severity: 'error' } },
      }),
    );
    const run = barabar(db, ['qa', '--json', '--profile', profile]);
    expect(run.code).toBe(1); // the misspelling is now an error
    const issues = JSON.parse(run.stdout) as Issue[];
    expect(issues.some((i) => i.check === 'untranslated')).toBe(false);
    expect(issues.filter((i) => i.check === 'possible-misspelling').map((i) => i.severity)).toEqual([
      'error',
    ]);

    writeFileSync(profile, JSON.stringify({ checks: { 'no-such-check': { enabled: false } } }));
    const bad = barabar(db, ['qa', '--profile', profile]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('no-such-check');
    expect(bad.stderr).toContain('team.json');

    writeFileSync(profile, '{ not json');
    expect(barabar(db, ['qa', '--profile', profile]).stderr).toContain('team.json');
    expect(barabar(db, ['qa', '--profile', join(dir, 'missing.json')]).stderr).toContain('missing.json');
  });

  it('stores, exports and imports the team profile (qa profile …), which plain `barabar qa` then uses', () => {
    const dir = tempDir();
    const db = join(dir, 'qa.sqlite');
    expect(barabar(db, ['import', CORPUS_FILE]).code).toBe(0);
    const team = join(dir, 'team.json');
    writeFileSync(team, JSON.stringify({ checks: { untranslated: { enabled: false } } }));
    const imported = barabar(db, ['qa', 'profile', 'import', team]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('team.json');
    const issues = json<Issue[]>(barabar(db, ['qa', '--json']));
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.some((i) => i.check === 'untranslated')).toBe(false);

    const out = join(dir, 'shared.json');
    expect(barabar(db, ['qa', 'profile', 'export', out]).code).toBe(0);
    const exported = JSON.parse(readFileSync(out, 'utf8')) as {
      checks: Record<string, { enabled: boolean }>;
    };
    expect(exported.checks.untranslated?.enabled).toBe(false);
    expect(exported.checks['doubled-word']?.enabled).toBe(true);

    writeFileSync(team, JSON.stringify({ checks: { untranslated: { severity: 'fatal' } } }));
    const bad = barabar(db, ['qa', 'profile', 'import', team]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('team.json');
    expect(bad.stderr).toContain('checks.untranslated.severity');
    // The refused file left the stored profile as it was.
    const shown = json<{ checks: Record<string, { enabled: boolean }> }>(
      barabar(db, ['qa', 'profile', 'show', '--json']),
    );
    expect(shown.checks.untranslated?.enabled).toBe(false);
    expect(barabar(db, ['qa', 'profile', 'export']).code).not.toBe(0);
  });
});
