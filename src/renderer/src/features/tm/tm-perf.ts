/**
 * Timing hook for bench/tm-ui.ts, present only with `?perf=1`: from the match panel being asked for a
 * new segment to its matches on screen (lookup, transport and rendering together), with the moments
 * between so the bench can say where the time goes.
 */
export interface TmPerfHook {
  matchMs: number[];
  /** Per update, on the page's clock: asked for the segment, the lookup answered, the list rendered. */
  marks: { asked: number; answered: number; rendered: number }[];
  /** Set by the bench for its second pass: no look-ahead, every move asks the server. */
  cold?: boolean;
}

declare global {
  interface Window {
    __barabarTmPerf?: TmPerfHook;
  }
}

export function tmPerfHook(): TmPerfHook | null {
  if (!new URLSearchParams(window.location.search).has('perf')) return null;
  window.__barabarTmPerf ??= { matchMs: [], marks: [] };
  return window.__barabarTmPerf;
}
