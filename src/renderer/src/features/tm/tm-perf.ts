/**
 * Timing hook for bench/tm-ui.ts, present only with `?perf=1`: from the match panel being asked for a
 * new segment to its matches on screen (lookup, transport and rendering together).
 */
export interface TmPerfHook {
  matchMs: number[];
}

declare global {
  interface Window {
    __barabarTmPerf?: TmPerfHook;
  }
}

export function tmPerfHook(): TmPerfHook | null {
  if (!new URLSearchParams(window.location.search).has('perf')) return null;
  window.__barabarTmPerf ??= { matchMs: [] };
  return window.__barabarTmPerf;
}
