/**
 * Keeps only the newest of a series of requests (the match lookup as the caret moves): starting one aborts
 * the one before, and a superseded answer resolves to null instead of reaching the screen.
 */
export class LatestCall<T> {
  private controller: AbortController | null = null;
  private generation = 0;

  async run(call: (signal: AbortSignal) => Promise<T>): Promise<T | null> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const mine = ++this.generation;
    try {
      const result = await call(controller.signal);
      return mine === this.generation ? result : null;
    } catch (err) {
      // An aborted or superseded request's failure is nobody's business.
      if (mine !== this.generation || controller.signal.aborted) return null;
      throw err;
    } finally {
      if (this.controller === controller) this.controller = null;
    }
  }

  /** Forget the request in flight (the document closed). */
  cancel(): void {
    this.generation++;
    this.controller?.abort();
    this.controller = null;
  }
}
