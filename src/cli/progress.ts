/**
 * Progress for long CLI commands: a bar on stderr when it is a terminal (cli-progress), nothing at all
 * when stderr is piped or redirected, so scripts and logs see only the result. Ctrl+C cancels the job
 * (it stops at its next checkpoint and leaves the database as it was); a second Ctrl+C exits at once.
 */
import { createRequire } from 'node:module';
import type * as CliProgress from 'cli-progress';
import type { JobCall, JobPhase, JobProgress } from '../shared/jobs';

/**
 * cli-progress and its dependencies, read only when there is a terminal to draw on: scripts that pipe
 * the output never pay for loading them (bench/cli-startup.ts).
 */
const cliProgress = (): typeof CliProgress =>
  createRequire(import.meta.url)('cli-progress') as typeof CliProgress;

const PHASE_LABEL: Record<JobPhase, string> = {
  read: 'reading',
  plan: 'checking',
  write: 'writing',
  check: 'checking',
  export: 'exporting',
};

export interface CliJob {
  call: JobCall;
  /** Clears the bar and stops listening for Ctrl+C. */
  finish(): void;
}

export function startCliJob(stream: NodeJS.WriteStream = process.stderr): CliJob {
  const controller = new AbortController();
  const onSigint = (): void => {
    if (controller.signal.aborted) process.exit(130);
    controller.abort();
  };
  process.on('SIGINT', onSigint);
  const progress = stream.isTTY ? cliProgress() : undefined;
  const bar = progress
    ? new progress.SingleBar(
        {
          stream,
          format: '{phase} [{bar}] {percentage}% | {value}/{total}',
          hideCursor: true,
          clearOnComplete: true,
          // A phase of unknown length (total 0) shows an empty bar, not 100%.
          emptyOnZero: true,
          // Redraw at most ten times a second: the job reports far more often than that.
          fps: 10,
        },
        progress.Presets.shades_classic,
      )
    : undefined;
  let started = false;
  let phase: JobPhase | undefined;
  return {
    call: {
      signal: controller.signal,
      progress(p: JobProgress) {
        if (!bar) return;
        const payload = { phase: PHASE_LABEL[p.phase].padEnd(9) };
        if (!started) {
          bar.start(p.total, p.done, payload);
          started = true;
        } else if (p.phase !== phase) {
          bar.setTotal(p.total);
        }
        phase = p.phase;
        bar.update(p.done, payload);
      },
    },
    finish() {
      process.off('SIGINT', onSigint);
      if (started) bar?.stop();
    },
  };
}
