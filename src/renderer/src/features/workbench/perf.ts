/**
 * Timing hook for bench/ui.ts, present only with `?perf=1`: open time of a document and, per
 * keystroke, keydown → decorations updated (sync) and keydown → next frame.
 */
export interface PerfHook {
  /** documents.get → both panes built with every decoration (synchronous work done). */
  openMs: number[];
  /** documents.get → the next animation frame after that (first paint of the opened document). */
  openPaintMs: number[];
  /** Switching to another window of a long document (panes rebuilt, synchronous part). */
  windowMs: number[];
  keyToDecorationMs: number[];
  keyToFrameMs: number[];
  ready: boolean;
}

declare global {
  interface Window {
    __barabarPerf?: PerfHook;
  }
}

export function perfHook(): PerfHook | null {
  if (!new URLSearchParams(window.location.search).has('perf')) return null;
  window.__barabarPerf ??= {
    openMs: [],
    openPaintMs: [],
    windowMs: [],
    keyToDecorationMs: [],
    keyToFrameMs: [],
    ready: false,
  };
  return window.__barabarPerf;
}
