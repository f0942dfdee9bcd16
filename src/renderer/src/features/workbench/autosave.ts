/**
 * Drafts are saved per segment shortly after typing stops. One queue per open document: edits to the
 * same segment coalesce, a failed save keeps the text pending (retried on the next flush), and the
 * indicator state is derived from what is pending / in flight.
 */
export type SaveState = 'saved' | 'pending' | 'saving' | 'error';

export interface AutosaveDeps {
  save(index: number, text: string, opts: { keepalive: boolean }): Promise<void>;
  onState(state: SaveState): void;
  delayMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export class AutosaveQueue {
  private readonly pending = new Map<number, string>();
  private inFlight = 0;
  private failed = false;
  private timer: unknown = null;
  private state: SaveState = 'saved';
  private readonly delay: number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly deps: AutosaveDeps) {
    this.delay = deps.delayMs ?? 500;
    this.setTimer = deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = deps.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  }

  /** Record the latest text of a segment and (re)start the debounce. */
  schedule(index: number, text: string): void {
    this.pending.set(index, text);
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = this.setTimer(() => {
      this.timer = null;
      void this.flush();
    }, this.delay);
    this.update();
  }

  /** Drop a pending save (the segment was just saved another way, e.g. confirmed). */
  discard(index: number): void {
    this.pending.delete(index);
    this.update();
  }

  hasPending(): boolean {
    return this.pending.size > 0 || this.inFlight > 0;
  }

  get currentState(): SaveState {
    return this.state;
  }

  /**
   * Save everything pending now. Saves run one after another so an older text never overwrites a newer
   * one on the server; `keepalive` marks the final flush when the page is going away.
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
        batch.map(async ([index, text]) => {
          try {
            await this.deps.save(index, text, { keepalive });
          } catch {
            this.failed = true;
            // Keep the text for the next attempt unless a newer edit already replaced it.
            if (!this.pending.has(index)) this.pending.set(index, text);
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

  private update(): void {
    const next: SaveState =
      this.inFlight > 0 ? 'saving' : this.failed ? 'error' : this.pending.size > 0 ? 'pending' : 'saved';
    if (next !== this.state) {
      this.state = next;
      this.deps.onState(next);
    }
  }
}
