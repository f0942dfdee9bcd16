/**
 * Keeps a long import's heap near its live data. V8 collects the old generation lazily: it lets the heap
 * grow to two to four times what survived the last full collection before collecting again. A 1M-line
 * glossary import keeps only the file's text and one chunk alive, yet allocates gigabytes of short-lived
 * rows along the way; with the lazy policy that garbage, not the data, set its peak memory (300–390 MB
 * from run to run, issue 13.17). Between chunks, once the heap has grown by STEP since the last
 * collection, this asks for a full one. It costs a few tens of milliseconds per STEP of garbage.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const STEP = 64 * 2 ** 20;

let collect: (() => void) | null | undefined;

/** V8's collector, made callable once per process (`--expose-gc` at run time, then read from a context). */
function collector(): (() => void) | null {
  if (collect !== undefined) return collect;
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    collect = typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    // A runtime that refuses the flag just keeps V8's own policy.
    collect = null;
  }
  return collect;
}

/** Returns a function to call between chunks; it collects when the heap grew by STEP since the last time. */
export function heapTrimmer(): () => void {
  let base = getHeapStatistics().used_heap_size;
  return () => {
    if (getHeapStatistics().used_heap_size - base < STEP) return;
    collector()?.();
    base = getHeapStatistics().used_heap_size;
  };
}
