import type { SegmentStatus } from '../../../../shared/model';
import type { RendererApiClient } from '../../api/client';
import { AutosaveQueue, type SaveState } from './autosave';
import { isConfirmed } from './segment-nav';
import type { SegmentStore } from './segment-store';

/** What is saved of a segment's English: its text and the status the store gave it. */
export interface TargetSave {
  target: string;
  status: SegmentStatus;
}

/**
 * The one save path of an open document: every write of a segment (typed drafts, confirmations,
 * un-confirmations, undo) goes through these autosave queues — English targets with their status
 * (segments.saveTarget) and, when the source is unlocked, Persian corrections (segments.saveSource).
 * One indicator state for both.
 */
export class DocumentSaver {
  private readonly targets: AutosaveQueue<TargetSave>;
  private readonly sources: AutosaveQueue<string>;
  /** The Persian as last saved, where it was corrected since the document opened. */
  private readonly savedSources = new Map<number, string>();
  /** Confirmed segments queued or in flight (their latest value): units the server has yet to write. */
  private readonly memoryWrites = new Map<number, TargetSave>();

  constructor(
    api: RendererApiClient,
    private readonly store: SegmentStore,
    onState: (s: SaveState) => void,
  ) {
    const report = (): void => onState(this.state());

    this.targets = new AutosaveQueue<TargetSave>({
      save: async (pos, value, { keepalive }) => {
        const seg = store.segments[pos];
        if (!seg) return;
        const input = { documentId: store.doc.id, index: seg.index, ...value };
        await (keepalive
          ? api.callKeepalive('segments.saveTarget', input)
          : api.call('segments.saveTarget', input));
        // A confirmed segment is a unit of the project memory: the server has just written it.
        if (isConfirmed(value.status)) store.memoryEdits.push(seg.source);
        if (this.memoryWrites.get(pos) === value) this.memoryWrites.delete(pos);
      },
      onState: report,
    });
    this.sources = new AutosaveQueue<string>({
      save: async (pos, text, { keepalive }) => {
        const seg = store.segments[pos];
        if (!seg) return;
        const input = { documentId: store.doc.id, index: seg.index, source: text };
        await (keepalive
          ? api.callKeepalive('segments.saveSource', input)
          : api.call('segments.saveSource', input));
        // The segment's memory unit (if it is confirmed) now has this source instead of the one before.
        store.memoryEdits.push(this.savedSource(pos), text);
        this.savedSources.set(pos, text);
      },
      onState: report,
    });
  }

  /** Queue a segment's English with the status the store decided (the latest write wins). */
  target(pos: number, value: TargetSave): void {
    // Logged when queued and again when saved: a lookup answered in between is checked against both.
    if (isConfirmed(value.status)) {
      this.store.memoryEdits.push(this.store.segments[pos]?.source ?? '');
      this.memoryWrites.set(pos, value);
    } else this.memoryWrites.delete(pos);
    this.targets.schedule(pos, value);
  }

  /**
   * Settles once the server has every confirmed segment queued so far (saving them now), or null when
   * none is waiting: a memory lookup sent before then could miss the unit just confirmed.
   */
  memorySaved(): Promise<void> | null {
    return this.memoryWrites.size > 0 ? this.targets.flush() : null;
  }

  /** An emptied source line is not saved (a segment needs a source); the old text stays on the server. */
  source(pos: number, text: string): void {
    if (text.trim() === '') return;
    this.store.memoryEdits.push(this.savedSource(pos), text);
    this.sources.schedule(pos, text);
  }

  /** The Persian of a segment as the server has it. */
  private savedSource(pos: number): string {
    return this.savedSources.get(pos) ?? this.store.doc.segments[pos]?.source ?? '';
  }

  state(): SaveState {
    const a = this.targets.currentState;
    const b = this.sources?.currentState ?? 'saved';
    for (const s of ['error', 'saving', 'pending'] as const) if (a === s || b === s) return s;
    return 'saved';
  }

  flush(opts: { keepalive?: boolean } = {}): Promise<void> {
    return Promise.all([this.targets.flush(opts), this.sources.flush(opts)]).then(() => undefined);
  }

  hasPending(): boolean {
    return this.targets.hasPending() || this.sources.hasPending();
  }
}
