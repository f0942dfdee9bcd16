import type { SegmentStatus } from '../../../../shared/model';
import type { RendererApiClient } from '../../api/client';
import { AutosaveQueue, type SaveState } from './autosave';
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

  constructor(api: RendererApiClient, store: SegmentStore, onState: (s: SaveState) => void) {
    const report = (): void => onState(this.state());
    this.targets = new AutosaveQueue<TargetSave>({
      save: async (pos, value, { keepalive }) => {
        const seg = store.segments[pos];
        if (!seg) return;
        const input = { documentId: store.doc.id, index: seg.index, ...value };
        await (keepalive
          ? api.callKeepalive('segments.saveTarget', input)
          : api.call('segments.saveTarget', input));
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
      },
      onState: report,
    });
  }

  /** Queue a segment's English with the status the store decided (the latest write wins). */
  target(pos: number, value: TargetSave): void {
    this.targets.schedule(pos, value);
  }

  /** An emptied source line is not saved (a segment needs a source); the old text stays on the server. */
  source(pos: number, text: string): void {
    if (text.trim() !== '') this.sources.schedule(pos, text);
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
