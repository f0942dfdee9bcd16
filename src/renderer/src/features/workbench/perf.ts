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

/**
 * Keystroke → decoration timing for the bench: started on keydown in the English pane, stopped when
 * that keystroke's line has been redrawn.
 */
export class KeystrokeTimer {
  private start = 0;

  constructor(private readonly hook: PerfHook | null) {}

  keyDown(): void {
    if (this.hook) this.start = performance.now();
  }

  decorated(): void {
    const hook = this.hook;
    if (!hook || !this.start) return;
    const start = this.start;
    this.start = 0;
    hook.keyToDecorationMs.push(performance.now() - start);
    requestAnimationFrame(() => hook.keyToFrameMs.push(performance.now() - start));
  }
}

/** Benchmarks only (`?perf=1&window=N`): compare the windowed editor with whole-document models. */
export function windowSizeOverride(): number | null {
  const params = new URLSearchParams(window.location.search);
  const n = Number(params.get('window'));
  return params.has('perf') && Number.isInteger(n) && n > 0 ? n : null;
}
