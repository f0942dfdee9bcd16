/**
 * `barabar tm import` as a real process under a pseudo-terminal (`script`): a progress bar by bytes while
 * the file streams in, and Ctrl+C cancels the import at its next checkpoint: the cancelled message, exit
 * status 130, nothing imported (the transaction was rolled back).
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { barabar, json } from '../helpers/cli';
import { useTempDir } from '../helpers/temp';

const BIN = join(__dirname, '..', '..', 'bin', 'barabar.mjs');
const tempDir = useTempDir();

function tmx(units: number): string {
  const tu = (i: number): string =>
    `<tu><tuv xml:lang="fa"><seg>وزیر دفاع در دیدار شماره ${i} با همتای خود گفت</seg></tuv>` +
    `<tuv xml:lang="en"><seg>The defence minister said at meeting ${i}</seg></tuv></tu>\n`;
  let body = '';
  for (let i = 0; i < units; i++) body += tu(i);
  return `<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="fa"/><body>\n${body}</body></tmx>\n`;
}

describe('barabar tm import (real process)', { timeout: 300_000 }, () => {
  it('shows progress on a terminal and stops on Ctrl+C, importing nothing', async () => {
    const dir = tempDir();
    const db = join(dir, 'c.sqlite');
    const file = join(dir, 'big.tmx');
    writeFileSync(file, tmx(150_000));
    expect(barabar(db, ['tm', 'list', '--no-seed']).code).toBe(0);
    const command = [process.execPath, BIN, 'tm', 'import', file, '--name', 'big']
      .map((a) => `'${a.replace(/'/g, "'\\''")}'`)
      .join(' ');
    const child = spawn('script', ['-qefc', command, '/dev/null'], {
      env: { ...process.env, BARABAR_DB: db, COLUMNS: '100' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    let sent = false;
    child.stdout.on('data', (b: Buffer) => {
      output += b.toString();
      if (!sent && /reading\s+\[[█░]+\] \d+% \| \d+\/\d+/.test(output)) {
        sent = true;
        child.stdin.write('\x03');
      }
    });
    const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
    expect(sent).toBe(true);
    expect(output).not.toMatch(/Imported/);
    // The import itself stopped at a checkpoint and said so: not a process killed from outside.
    expect(output).toContain('barabar: Cancelled; nothing was changed.');
    expect(code).toBe(130);
    expect(json<{ name: string }[]>(barabar(db, ['tm', 'list', '--json'])).map((m) => m.name)).toEqual([
      'project',
    ]);
  });
});
