import type { SegmentStatus } from '../../../../shared/model';
import type { TmPropagation } from '../../../../shared/tm';
import type { RendererApiClient } from '../../api/client';
import { formatNumber, t } from '../../i18n/i18n';
import { toastAction, toastError } from '../../ui/toast';
import type { EditorSession } from '../workbench/editor-session';
import type { SegmentStore } from '../workbench/segment-store';

/** What a segment held before a propagation wrote into it (to put back on undo). */
interface Before {
  documentId: number;
  index: number;
  target: string;
  status: SegmentStatus;
}

/** The open editor as propagation needs it. */
export interface PropagationHost {
  session(): EditorSession | null;
}

/**
 * Repetitions: when a segment is confirmed, its translation goes as a draft to the untranslated segments
 * with the same source (by match key) in the open document, or in every document when the user chose so.
 * The editor shows the new drafts at once, and a toast offers one undo for the whole batch.
 */
export class Propagation {
  /** Propagated drafts of this session ("document:index" → the draft), for the side panel's mark. */
  private readonly marks = new Map<string, string>();

  constructor(
    private readonly api: RendererApiClient,
    private readonly host: PropagationHost,
  ) {}

  /** Called after Ctrl+Enter confirmed `pos`: saves first (the server propagates what it has). */
  async confirmed(session: EditorSession, pos: number, allDocuments: boolean): Promise<void> {
    const seg = session.store.segments[pos];
    if (!seg) return;
    const documentId = session.store.doc.id;
    try {
      await session.flush();
      const before = this.snapshot(session);
      const res = await this.api.call('tm.propagate', { documentId, index: seg.index, allDocuments });
      if (res.batch === null || res.segments.length === 0) return;
      for (const s of res.segments) this.marks.set(`${s.documentId}:${s.index}`, seg.target);
      this.show(res, seg.target, 'draft');
      const here = res.segments.filter((s) => s.documentId === documentId).length;
      const message =
        here === res.segments.length
          ? t('tm.propagated', { count: formatNumber(here) })
          : t('tm.propagatedAll', {
              count: formatNumber(res.segments.length),
              here: formatNumber(here),
            });
      toastAction(message, { labelKey: 'tm.undo', run: () => void this.undo(res.batch!, before) });
    } catch (err) {
      toastError(err);
    }
  }

  /** The document's propagated drafts from earlier sessions (tm.propagated), as the store holds them. */
  async load(store: SegmentStore): Promise<void> {
    const indexes = await this.api.call('tm.propagated', { documentId: store.doc.id });
    const byIndex = new Map(store.segments.map((s) => [s.index, s]));
    for (const index of indexes) {
      const seg = byIndex.get(index);
      if (seg) this.marks.set(`${store.doc.id}:${index}`, seg.target);
    }
  }

  /** Whether the segment holds a propagated draft (and not edited since). */
  isPropagated(documentId: number, index: number, target: string, status: SegmentStatus): boolean {
    return status === 'draft' && this.marks.get(`${documentId}:${index}`) === target;
  }

  /** The open document's untranslated segments, as they are before the propagation. */
  private snapshot(session: EditorSession): Map<string, Before> {
    const out = new Map<string, Before>();
    const documentId = session.store.doc.id;
    for (const s of session.store.segments)
      if (s.status === 'new')
        out.set(`${documentId}:${s.index}`, {
          documentId,
          index: s.index,
          target: s.target,
          status: s.status,
        });
    return out;
  }

  private async undo(batch: number, before: ReadonlyMap<string, Before>): Promise<void> {
    try {
      const res = await this.api.call('tm.undoPropagation', { batch });
      for (const s of res.segments) this.marks.delete(`${s.documentId}:${s.index}`);
      const session = this.host.session();
      if (!session) return;
      const changes = res.segments
        .map((s) => before.get(`${s.documentId}:${s.index}`))
        .filter((b): b is Before => b !== undefined && b.documentId === session.store.doc.id)
        .map((b) => ({ pos: posOf(session, b.index), target: b.target, status: b.status }))
        .filter((c) => c.pos >= 0);
      session.showServerTargets(changes);
      toastAction(t('tm.undone', { count: formatNumber(res.segments.length) }));
    } catch (err) {
      toastError(err);
    }
  }

  /** Bring what the server wrote into the open editor (segments of other documents are not open). */
  private show(res: TmPropagation, target: string, status: SegmentStatus): void {
    const session = this.host.session();
    if (!session) return;
    const changes = res.segments
      .filter((s) => s.documentId === session.store.doc.id)
      .map((s) => ({ pos: posOf(session, s.index), target, status }))
      // A segment the translator began typing in meanwhile keeps the typing (its save follows).
      .filter((c) => session.store.segments[c.pos]?.status === 'new');
    session.showServerTargets(changes);
  }
}

function posOf(session: EditorSession, index: number): number {
  return session.store.segments.findIndex((s) => s.index === index);
}
