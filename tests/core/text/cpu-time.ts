/**
 * CPU time of this process while `run` executes. Speed tests measure CPU rather than wall-clock time:
 * the 2-core machine is shared, and under a load of 10+ wall-clock time tripled while CPU time did not.
 */
export function cpuTime<T>(run: () => T): { result: T; ms: number } {
  const before = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(before);
  return { result, ms: (used.user + used.system) / 1000 };
}
