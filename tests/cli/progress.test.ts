/**
 * The CLI's progress bar as a user meets it: drawn on a terminal (a real pty through util-linux
 * `script`), absent when stderr is piped, and Ctrl+C cancels an import without leaving a trace.
 */
import { spawn } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { barabar, json } from '../helpers/cli';
import { syntheticTsv } from '../helpers/synthetic-glossary';
import { useTempDir } from '../helpers/temp';

const BIN = join(__dirname, '..', '..', 'bin', 'barabar.mjs');
const tempDir = useTempDir();

/** Runs barabar under a pseudo-terminal; `onOutput` may send keys (Ctrl+C) once it sees some output. */
function inTerminal(
  db: string,
  args: string[],
  onOutput?: (seen: string, child: ReturnType<typeof spawn>) => void,
): Promise<{ code: number; output: string }> {
  const command = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  const child = spawn('script', ['-qefc', command, '/dev/null'], {
    env: { ...process.env, BARABAR_DB: db, COLUMNS: '100' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (b: Buffer) => {
    output += b.toString();
    onOutput?.(output, child);
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code: code ?? -1, output })));
}

describe('barabar progress (real process)', { timeout: 300_000 }, () => {
  it('draws a bar on a terminal and nothing when stderr is piped', async () => {
    const dir = tempDir();
    const file = join(dir, 'big.tsv');
    writeFileSync(file, syntheticTsv(20_000));
    const piped = barabar(join(dir, 'piped.sqlite'), ['glossary', 'import', '--no-seed', file]);
    expect(piped.code).toBe(0);
    expect(piped.stderr).toBe('');
    expect(piped.stdout).toContain('added 20000');

    const tty = await inTerminal(join(dir, 'tty.sqlite'), ['glossary', 'import', '--no-seed', file]);
    expect(tty.code).toBe(0);
    expect(tty.output).toMatch(/(checking|writing)\s+\[[█░]+\] \d+% \| \d+\/20000/);
    expect(tty.output).toContain('added 20000');
  });

  it('cancels an import on Ctrl+C and leaves the glossary as it was', async () => {
    const dir = tempDir();
    const db = join(dir, 'c.sqlite');
    const file = join(dir, 'big.tsv');
    writeFileSync(file, syntheticTsv(60_000));
    expect(
      barabar(db, ['glossary', 'add', '--no-seed', '--fa', 'سرلشکر', '--en', 'Major General']).code,
    ).toBe(0);
    let sent = false;
    const run = await inTerminal(db, ['glossary', 'import', file], (seen, child) => {
      if (!sent && /\d+\/60000/.test(seen)) {
        sent = true;
        child.stdin?.write('\x03');
      }
    });
    expect(sent).toBe(true);
    expect(run.output).toMatch(/cancelled; nothing was changed/i);
    expect(run.code).toBe(130);
    expect(json<unknown[]>(barabar(db, ['glossary', 'list', '--json']))).toHaveLength(1);
  });

  it('cancels an export on Ctrl+C and leaves no file and no temporary file behind', async () => {
    const dir = tempDir();
    const db = join(dir, 'e.sqlite');
    const report = join(dir, 'long.txt');
    const paragraphs = Array.from({ length: 3_000 }, (_, p) =>
      Array.from({ length: 10 }, (_, i) => `جملهٔ شمارهٔ ${p * 10 + i + 1} دربارهٔ دیدار است.`).join(' '),
    );
    writeFileSync(report, `${paragraphs.join('\n')}\n`);
    expect(barabar(db, ['import', '--no-seed', report]).code).toBe(0);
    const before = readdirSync(dir).sort();
    let sent = false;
    const run = await inTerminal(
      db,
      ['export', 'long.txt', '--format', 'xliff', '--out', join(dir, 'out.xlf')],
      (seen, child) => {
        if (!sent && /exporting\s+\[/.test(seen)) {
          sent = true;
          child.stdin?.write('\x03');
        }
      },
    );
    expect(sent).toBe(true);
    expect(run.code).toBe(130);
    expect(run.output).toMatch(/cancelled/i);
    // The database's WAL files may come and go; nothing else may appear.
    const wal = (f: string) => !/\.sqlite-(wal|shm)$/.test(f);
    expect(readdirSync(dir).filter(wal).sort()).toEqual(before.filter(wal));
  });
});
