import type { RendererApiClient } from '../../api/client';
import { statusAfterEdit } from '../../../../core/segments/status';
import { AutosaveQueue, type SaveState } from './autosave';
import type { SegmentStore } from './segment-store';

/**
 * Autosave of one open document: English drafts (segments.saveTarget, status draft/new) and, when the
 * source is unlocked, Persian corrections (segments.saveSource). One indicator state for both.
 */
export class DocumentSaver {
  readonly drafts: AutosaveQueue;
  private readonly sources: AutosaveQueue;

  constructor(api: RendererApiClient, store: SegmentStore, onState: (s: SaveState) => void) {
    const report = (): void => onState(this.state());
    this.drafts = new AutosaveQueue({
      save: async (pos, text, { keepalive }) => {
        const seg = store.segments[pos];
        if (!seg) return;
        const input = {
          documentId: store.doc.id,
          index: seg.index,
          target: text,
          status: statusAfterEdit(seg, text),
        };
        await (keepalive
          ? api.callKeepalive('segments.saveTarget', input)
          : api.call('segments.saveTarget', input));
      },
      onState: report,
    });
    this.sources = new AutosaveQueue({
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

  target(pos: number, text: string): void {
    this.drafts.schedule(pos, text);
  }

  /** An emptied source line is not saved (a segment needs a source); the old text stays on the server. */
  source(pos: number, text: string): void {
    if (text.trim() !== '') this.sources.schedule(pos, text);
  }

  state(): SaveState {
    const a = this.drafts.currentState;
    const b = this.sources?.currentState ?? 'saved';
    for (const s of ['error', 'saving', 'pending'] as const) if (a === s || b === s) return s;
    return 'saved';
  }

  flush(opts: { keepalive?: boolean } = {}): Promise<void> {
    return Promise.all([this.drafts.flush(opts), this.sources.flush(opts)]).then(() => undefined);
  }

  hasPending(): boolean {
    return this.drafts.hasPending() || this.sources.hasPending();
  }
}
