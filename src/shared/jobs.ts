/**
 * Long jobs (imports, exports, QA over everything) report how far they are. The phase names are
 * translated in the UI (`jobs.phase.<phase>`) and printed as they are by the CLI.
 */
export const JOB_PHASES = ['read', 'plan', 'write', 'check', 'export'] as const;
export type JobPhase = (typeof JOB_PHASES)[number];

export interface JobProgress {
  /** Units of work finished in this phase (rows, entries, segments, documents). */
  done: number;
  /** Units of work in this phase; 0 while unknown. */
  total: number;
  phase: JobPhase;
}

export function isJobProgress(value: unknown): value is JobProgress {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<JobProgress>;
  return (
    typeof v.done === 'number' &&
    typeof v.total === 'number' &&
    typeof v.phase === 'string' &&
    (JOB_PHASES as readonly string[]).includes(v.phase)
  );
}

/**
 * What a long job gets from whoever called it: somewhere to report progress and a signal that says the
 * caller gave up. Every door builds one per call (HTTP request, IPC call, CLI command).
 */
export interface JobCall {
  progress(p: JobProgress): void;
  readonly signal: AbortSignal;
}
