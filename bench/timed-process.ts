/**
 * One whole process under /usr/bin/time, as the load, import and start-up benches measure ours and the
 * peers': wall time, CPU time (user + system; on the shared 2-core machine the steadier figure) and the
 * process's peak RSS, with its standard output. A failed run throws with the end of its error output.
 */
import { spawnSync } from 'node:child_process';

export interface TimedRun {
  wallMs: number;
  cpuMs: number;
  maxRssMB: number;
  stdout: string;
}

export function timedProcess(
  cmd: string,
  args: readonly string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv; ignoreStdout?: boolean } = {},
): TimedRun {
  const run = spawnSync('/usr/bin/time', ['-f', '@@%e %U %S %M', cmd, ...args], {
    cwd: opts.cwd,
    env: opts.env ?? process.env,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    stdio: ['ignore', opts.ignoreStdout ? 'ignore' : 'pipe', 'pipe'],
  });
  const line = run.stderr.split('\n').find((l) => l.startsWith('@@'));
  if (run.status !== 0 || line === undefined)
    throw new Error(
      `${cmd} ${args.join(' ')} failed (${run.status}): ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`,
    );
  const [wall, user, sys, rssKB] = line.slice(2).split(' ').map(Number);
  return {
    wallMs: (wall ?? 0) * 1000,
    cpuMs: ((user ?? 0) + (sys ?? 0)) * 1000,
    maxRssMB: Math.round((rssKB ?? 0) / 1024),
    stdout: run.stdout ?? '',
  };
}
