/**
 * One job at a time per database connection. A job may hold a statement iterator open across its
 * checkpoints (an export streams segments while it yields to the event loop), and better-sqlite3 refuses
 * any other statement on that connection meanwhile; jobs that queue here never overlap. Short calls run on
 * their own connection (the short-call host), so the queue never delays a save or app.info.
 */
export interface JobLane {
  run<T>(job: () => Promise<T> | T): Promise<T>;
}

export function createJobLane(): JobLane {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run(job) {
      const result = tail.then(job);
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
