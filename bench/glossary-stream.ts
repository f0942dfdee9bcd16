/**
 * Peak memory of a 1M-line OmegaT TSV glossary import through the real code path (file bytes → decode →
 * glossary.importText → SQLite), measured as the max RSS of a child process that does only that
 * (issue 13.17: 2.3 GB before; target ≤ 300 MB). The parent writes the file and reads the child's figures.
 *
 *   npx tsx bench/glossary-stream.ts [lines]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const LINES = Number(process.argv[2] === '--child' ? 0 : (process.argv[2] ?? 1_000_000));
const TARGET_MB = 300;
const LETTERS = 'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی';

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

async function child(file: string, db: string): Promise<void> {
  const { createApi } = await import('../src/server/create-api');
  const { decodeFile } = await import('../src/server/services/decode-file');
  const api = createApi({ dbPath: db });
  const t = performance.now();
  const report = await api.services.glossary.importText(decodeFile(readFileSync(file), file), file);
  const ms = Math.round(performance.now() - t);
  api.close();
  const maxRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(JSON.stringify({ applied: report.applied, added: report.added, ms, maxRssMB }));
}

export function benchGlossaryStream(lines = LINES): Record<string, number | string | boolean> {
  const dir = mkdtempSync(join(tmpdir(), 'barabar-stream-'));
  try {
    const file = join(dir, 'big.utf8');
    writeFileSync(file, tsv(lines));
    const tsxCli = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url));
    const run = spawnSync(
      process.execPath,
      [tsxCli, fileURLToPath(import.meta.url), '--child', file, join(dir, 'g.sqlite')],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      },
    );
    if (run.status !== 0)
      throw new Error(`child failed: ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`);
    const r = JSON.parse(run.stdout) as { applied: boolean; added: number; ms: number; maxRssMB: number };
    return {
      lines,
      fileMB: Math.round(statSync(file).size / 1e5) / 10,
      applied: r.applied,
      added: r.added,
      importMs: r.ms,
      peakRssMB: r.maxRssMB,
      targetMB: TARGET_MB,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv[2] === '--child') await child(process.argv[3] ?? '', process.argv[4] ?? '');
  else process.stdout.write(`${JSON.stringify(benchGlossaryStream(), null, 2)}\n`);
}
