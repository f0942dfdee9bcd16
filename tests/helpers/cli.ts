import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { main } from '../../src/cli/main';

export const BIN = join(__dirname, '..', '..', 'bin', 'barabar.mjs');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `barabar` process against the given database (exit codes, piping, --version). */
export function barabar(
  db: string,
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd,
    env: { ...process.env, BARABAR_DB: db, ...opts.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the CLI's `main(argv, io)` in this process against the given database: same code, no spawn. */
export async function cli(db: string, args: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    out: (text) => void (stdout += text),
    err: (text) => void (stderr += text),
    isTTY: false,
    env: { ...process.env, BARABAR_DB: db },
  });
  return { code, stdout, stderr };
}

export function json<T>(r: CliResult): T {
  if (r.code !== 0) throw new Error(`barabar exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}
