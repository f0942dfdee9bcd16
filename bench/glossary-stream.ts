/**
 * Peak memory of large OmegaT TSV glossary imports (issue 13.17: a 1M-line file peaked at 2.3 GB, 200k
 * lines at 412–539 MB; target ≤ 300 MB for 1M lines). Each import is the command a user runs,
 * `barabar glossary import FILE` (the built CLI, through bin/barabar.mjs), in its own process on a fresh
 * database, under /usr/bin/time: the figure is that process's max RSS, file reading, base64 upload,
 * decoding, staging and publishing included.
 *
 *   npx tsx bench/glossary-stream.ts [lines…]      default: 200000 1000000
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { timedProcess } from './timed-process';

const TARGET_MB = 300;
const LETTERS = 'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی';
const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');

function tsv(lines: number): string {
  const out: string[] = ['# OmegaT glossary\n'];
  for (let i = 0; i < lines; i++) {
    const w = (k: number): string => LETTERS[(i * 7 + k * 13) % LETTERS.length] ?? '';
    out.push(
      `${w(1)}${w(2)}${w(3)} ${w(4)}${w(5)} ${i.toString(36)}\tterm ${i}\t${i % 10 === 0 ? `note ${i}` : ''}\n`,
    );
  }
  return out.join('');
}

function importOnce(lines: number, dir: string): Record<string, number | boolean> {
  const file = join(dir, `big-${lines}.utf8`);
  writeFileSync(file, tsv(lines));
  const db = join(dir, `g-${lines}.sqlite`);
  // Run by its shebang, as the `barabar` command from `npm link` is (with its V8 memory flag).
  const run = timedProcess(join(root, 'bin', 'barabar.mjs'), [
    'glossary',
    'import',
    file,
    '--db',
    db,
    '--no-seed',
    '--json',
  ]);
  const report = JSON.parse(run.stdout) as { applied: boolean; added: number };
  return {
    lines,
    fileMB: Math.round(statSync(file).size / 1e5) / 10,
    applied: report.applied,
    added: report.added,
    importMs: Math.round(run.wallMs),
    peakRssMB: run.maxRssMB,
  };
}

export function benchGlossaryStream(sizes: number[]): Record<string, unknown> {
  // The CLI runs its bundle when it is newer than the sources; build it so the figure is the shipped one.
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('scripts/build-cli.mjs failed');
  const dir = mkdtempSync(join(tmpdir(), 'barabar-stream-'));
  try {
    const loadBefore = loadavg()[0];
    const runs = sizes.map((n) => importOnce(n, dir));
    return { targetMB: TARGET_MB, loadAverage: { before: loadBefore, after: loadavg()[0] }, runs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sizes = process.argv.slice(2).map(Number);
  const result = benchGlossaryStream(sizes.length > 0 ? sizes : [200_000, 1_000_000]);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
