/**
 * What a handler gets besides its input: a way to report progress and a signal that the caller gave up.
 * Doors that do not (yet) carry progress or cancel pass NO_CALL_CONTEXT.
 */
export interface CallProgress {
  done: number;
  total: number;
  phase: string;
}

export interface CallContext {
  progress(p: CallProgress): void;
  signal: AbortSignal;
}

export const NO_CALL_CONTEXT: CallContext = {
  progress: () => {},
  // Never aborted: nobody holds its controller.
  signal: new AbortController().signal,
};
