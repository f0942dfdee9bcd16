import { isApiCallError } from '../../api/api-call-error';

/**
 * Drafts are saved per segment shortly after typing stops. One queue per open document: edits to the
 * same segment coalesce, a failed save keeps the value pending (retried on the next flush), a busy
 * database is retried with backoff, and the indicator state is derived from what is pending / in flight.
 */
export type SaveState = 'saved' | 'pending' | 'saving' | 'error';

export interface AutosaveDeps<T> {
  save(index: number, value: T, opts: { keepalive: boolean }): Promise<void>;
  onState(state: SaveState): void;
  delayMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** Waits before retrying a busy database; the delays grow so a long import is not hammered. */
  retryDelaysMs?: readonly number[];
}

/**
 * Another writer (an import, the CLI) holds the database past the server's busy timeout: the save
 * did not happen, but it will succeed shortly, so it is retried instead of reported.
 */
export function isBusyError(err: unknown): boolean {
  return isApiCallError(err) && err.code === 'db_busy';
}

/** About 15 s in all: longer than the server's busy timeout several times over. */
export const BUSY_RETRY_DELAYS_MS: readonly number[] = [250, 500, 1000, 2000, 4000, 8000];

export class AutosaveQueue<T = string> {
  private readonly pending = new Map<number, T>();
  /** Bumped on every schedule of a segment: a retry of an older value checks it is still the latest. */
  private readonly versions = new Map<number, number>();
  private inFlight = 0;
  private failed = false;
  private timer: unknown = null;
  private state: SaveState = 'saved';
  private readonly delay: number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;
  private readonly retryDelays: readonly number[];
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly deps: AutosaveDeps<T>) {
    this.delay = deps.delayMs ?? 500;
    this.setTimer = deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = deps.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
    this.retryDelays = deps.retryDelaysMs ?? BUSY_RETRY_DELAYS_MS;
  }

  /** Record the latest value of a segment and (re)start the debounce. */
  schedule(index: number, value: T): void {
    this.pending.set(index, value);
    this.versions.set(index, (this.versions.get(index) ?? 0) + 1);
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = this.setTimer(() => {
      this.timer = null;
      void this.flush();
    }, this.delay);
    this.update();
  }

  hasPending(): boolean {
    return this.pending.size > 0 || this.inFlight > 0;
  }

  get currentState(): SaveState {
    return this.state;
  }

  /**
   * Save everything pending now. Saves run one after another so an older value never overwrites a
   * newer one on the server; `keepalive` marks the final flush when the page is going away.
   */
  flush(opts: { keepalive?: boolean } = {}): Promise<void> {
    if (this.timer !== null) {
      this.clearTimer(this.timer);
      this.timer = null;
    }
    const batch = [...this.pending.entries()];
    this.pending.clear();
    if (batch.length === 0) return this.chain;
    this.inFlight += batch.length;
    this.failed = false;
    this.update();
    const keepalive = opts.keepalive === true;
    // Keepalive requests must be issued synchronously, before the page is gone: don't chain them.
    const run = async (): Promise<void> => {
      await Promise.all(
        batch.map(async ([index, value]) => {
          try {
            await this.saveRetryingBusy(index, value, keepalive);
          } catch {
            this.failed = true;
            // Keep the value for the next attempt unless a newer edit already replaced it.
            if (!this.pending.has(index)) this.pending.set(index, value);
          } finally {
            this.inFlight--;
          }
        }),
      );
      this.update();
    };
    this.chain = keepalive ? run() : this.chain.then(run);
    return this.chain;
  }

  private async saveRetryingBusy(index: number, value: T, keepalive: boolean): Promise<void> {
    const version = this.versions.get(index);
    for (let attempt = 0; ; attempt++) {
      try {
        await this.deps.save(index, value, { keepalive });
        return;
      } catch (err) {
        const wait = this.retryDelays[attempt];
        // A page that is going away cannot wait; other errors are reported, not retried blindly.
        if (keepalive || wait === undefined || !isBusyError(err)) throw err;
        await new Promise<void>((res) => this.setTimer(res, wait));
        // A newer edit of this segment came in meanwhile: that one is saved instead of this older value.
        if (this.versions.get(index) !== version) return;
      }
    }
  }

  private update(): void {
    const next: SaveState =
      this.inFlight > 0 ? 'saving' : this.failed ? 'error' : this.pending.size > 0 ? 'pending' : 'saved';
    if (next !== this.state) {
      this.state = next;
      this.deps.onState(next);
    }
  }
}
