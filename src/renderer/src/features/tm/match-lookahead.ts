import { lookupStillHolds } from '../../../../core/tm/lookup-holds';
import { tmText } from '../../../../core/tm/words';
import type { TmMatch } from '../../../../shared/tm';

/** One lookup of the match panel: a segment's source at a threshold, with the glossary it was adapted to. */
export interface LookupRequest {
  documentId: number;
  index: number;
  source: string;
  min: number;
  /** The glossary generation: matches adapt glossary terms, so a glossary change makes a new request. */
  glossary: number;
}

interface Kept {
  matches: TmMatch[];
  /** How many memory edits the server had acknowledged when the lookup was sent. */
  edits: number;
  /** When it was sent (performance.now()). */
  at: number;
}

/** Answers kept at most this many: the segments around the active one, up to a long report's worth. */
export const KEEP = 256;
/**
 * The rest of the report is looked up only once the translator has stayed this long on a segment, and
 * with this pause between lookups: moving on keeps priority, and the walk through the report (about
 * 10 ms of the server's time per lookup at a million units) takes a fraction of a core while it runs.
 */
export const WALK_TIMING = { idleMs: 600, pauseMs: 40 };
/**
 * An answer older than this is asked again: the memory can change outside this window (the command line,
 * another window), which the edit log does not see.
 */
const MAX_AGE_MS = 30_000;

const keyOf = (r: LookupRequest): string => `${r.documentId}:${r.index}:${r.min}:${r.glossary}:${r.source}`;

/**
 * Look-ahead for the match panel (memoQ and Trados call it that too): while the translator works on a
 * segment, the next segments' lookups run in the background, one at a time, and their answers are kept,
 * so moving on shows the matches at once instead of waiting for the server. Once the translator pauses on
 * a segment, the rest of the report is walked too, nearest first, so a jump (a click, a QA finding, a
 * search hit) shows kept matches as well.
 *
 * A kept answer is used only while it still holds: the memory edits the server acknowledged since it
 * was asked (confirmed segments, `memoryEdits`) are checked against it with the core rule
 * (lookupStillHolds) — a unit scoring below the threshold cannot change it — and it expires after
 * MAX_AGE_MS. Clearing (another document, a memory imported or removed, the index rebuilt) drops answers
 * in flight too.
 */
export class MatchLookahead {
  private readonly kept = new Map<string, Kept>();
  private readonly inFlight = new Map<string, Promise<Kept | null>>();
  private queue: LookupRequest[] = [];
  /** The rest of the report, nearest first: looked up once the translator pauses. */
  private walk: LookupRequest[] = [];
  /** When the walk may start (performance.now()): WALK_TIMING.idleMs after the last move. */
  private walkFrom = 0;
  private running = false;
  /** Ends the drain's pause early: a move brought lookups that should not wait. */
  private wake: (() => void) | null = null;
  /** Bumped by clear(): an answer from before it is not kept. */
  private era = 0;

  constructor(
    private readonly ask: (r: LookupRequest) => Promise<TmMatch[]>,
    /** The sources of memory units the server changed since the document opened, in order. */
    private readonly memoryEdits: () => readonly string[],
    private readonly timing: { idleMs: number; pauseMs: number } = WALK_TIMING,
  ) {}

  /** A kept answer for this request that still holds, if there is one. */
  take(r: LookupRequest): TmMatch[] | undefined {
    const key = keyOf(r);
    const k = this.kept.get(key);
    if (!k) return undefined;
    if (this.holds(r, k)) return k.matches;
    this.kept.delete(key);
    return undefined;
  }

  /**
   * The look-ahead's lookup of this request while it is in flight (waiting for it beats asking twice):
   * its matches if they still hold when they come, else null.
   */
  pending(r: LookupRequest): Promise<TmMatch[] | null> | undefined {
    return this.inFlight.get(keyOf(r))?.then((k) => (k && this.holds(r, k) ? k.matches : null));
  }

  private holds(r: LookupRequest, k: Kept): boolean {
    if (performance.now() - k.at >= MAX_AGE_MS) return false;
    const edits = this.memoryEdits();
    return k.edits >= edits.length || lookupStillHolds(tmText(r.source), r.min, edits.slice(k.edits));
  }

  /** Keep an answer the panel asked for itself (`edits`: the log's length when it was sent). */
  keep(r: LookupRequest, matches: TmMatch[], edits: number, at = performance.now()): void {
    const key = keyOf(r);
    this.kept.delete(key);
    this.kept.set(key, { matches, edits, at });
    // A Map iterates in insertion order: the first key is the oldest answer.
    while (this.kept.size > KEEP) {
      const oldest = this.kept.keys().next().value;
      if (oldest === undefined) break;
      this.kept.delete(oldest);
    }
  }

  /**
   * Look these up in the background, in this order, skipping those kept or in flight; then, once the
   * translator has stayed on the segment a moment, the `rest` (nearest first, at most what is kept).
   */
  ahead(requests: readonly LookupRequest[], rest: readonly LookupRequest[] = []): void {
    this.queue = [...requests];
    this.walk = rest.slice(0, KEEP - requests.length - 1);
    this.walkFrom = performance.now() + this.timing.idleMs;
    if (this.wake) this.wake();
    else if (!this.running) void this.drain();
  }

  /** Forget every answer, and drop those in flight when they come. */
  clear(): void {
    this.era++;
    this.queue = [];
    this.walk = [];
    this.kept.clear();
    this.inFlight.clear();
    this.wake?.();
  }

  /**
   * The next lookup of the walk once the pause is over, or a near one if a move came meanwhile;
   * undefined when there is nothing left to ask.
   */
  private async nextAfterPause(): Promise<LookupRequest | undefined> {
    for (;;) {
      const near = this.queue.shift();
      if (near) return near;
      // Segments already kept or being asked cost no pause.
      while (this.walk[0] && this.known(this.walk[0])) this.walk.shift();
      if (this.walk.length === 0) return undefined;
      const wait = Math.max(this.walkFrom - performance.now(), this.timing.pauseMs);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          this.wake = null;
          resolve();
        }, wait);
        this.wake = () => {
          clearTimeout(timer);
          this.wake = null;
          resolve();
        };
      });
      if (this.queue.length === 0 && performance.now() >= this.walkFrom) return this.walk.shift();
    }
  }

  /** Kept (and still holding) or in flight: nothing to ask. */
  private known(r: LookupRequest): boolean {
    return this.inFlight.has(keyOf(r)) || this.take(r) !== undefined;
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      for (;;) {
        // The near lookups go at once (in the same task as the move); the walk waits for its pause.
        const r = this.queue.shift() ?? (await this.nextAfterPause());
        if (!r) break;
        if (this.known(r)) continue;
        const key = keyOf(r);
        const era = this.era;
        const edits = this.memoryEdits().length;
        const at = performance.now();
        // A failed look-ahead costs nothing: the panel asks again when the segment is shown.
        const call = this.ask(r).then(
          (matches): Kept => ({ matches, edits, at }),
          () => null,
        );
        this.inFlight.set(key, call);
        const answer = await call;
        if (this.era !== era) continue;
        this.inFlight.delete(key);
        if (answer) this.keep(r, answer.matches, answer.edits, answer.at);
      }
    } finally {
      this.running = false;
    }
  }
}
