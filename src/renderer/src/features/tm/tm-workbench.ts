import type { Segment } from '../../../../shared/model';
import type { RendererApiClient } from '../../api/client';
import { t } from '../../i18n/i18n';
import { toast, toastError } from '../../ui/toast';
import type { EditorSession } from '../workbench/editor-session';
import { nextUntranslated } from '../workbench/segment-nav';
import type { SegmentStore } from '../workbench/segment-store';
import { openConcordance } from './concordance-dialog';
import { KEEP } from './match-lookahead';
import { MatchPanel } from './match-panel';
import { openMemories } from './memories-dialog';
import { openPretranslate } from './pretranslate-dialog';
import { PropagatedMarks, propagatedLines } from './propagated-marks';
import { Propagation } from './propagation';
import { queryAt, registerTmActions } from './tm-actions';
import { TmSettingsStore } from './tm-settings';

/**
 * Where the translator goes from `pos`: the next three segments, the next one still to translate, and
 * the one before (the match panel looks these up ahead). Three ahead, not one: moving on asks for one
 * new lookup, which then has three moves' time to come back.
 */
function likelyNext(store: SegmentStore, pos: number): number[] {
  const next = nextUntranslated(store.statuses(), pos);
  const out = [pos + 1, pos + 2, pos + 3, ...(next === null ? [] : [next]), pos - 1];
  return [...new Set(out)].filter((p) => p >= 0 && p < store.segments.length && p !== pos);
}

/** The rest of the report around `pos`, nearest first (after and before alternating), as many as are kept. */
function around(store: SegmentStore, pos: number, skip: readonly number[]): number[] {
  const out: number[] = [];
  const n = store.segments.length;
  for (let d = 1; d < n && out.length < KEEP; d++) {
    for (const p of [pos + d, pos - d]) if (p >= 0 && p < n && !skip.includes(p)) out.push(p);
  }
  return out;
}

export interface TmWorkbenchHost {
  session(): EditorSession | null;
  /** Show the open document again from the server (after a pre-translation wrote into it). */
  reload(): Promise<void>;
}

/**
 * The translation memory inside the editor, behind one object the workbench wires in a few lines: the
 * match panel (a side-panel section), Ctrl+1…5, Ctrl+K concordance, repetitions on confirm, and the
 * pre-translate command.
 */
export class TmWorkbench {
  private readonly settings: TmSettingsStore;
  private readonly matches: MatchPanel;
  private readonly propagation: Propagation;
  private readonly marks = new PropagatedMarks();
  private loadedDoc: number | null = null;

  constructor(
    private readonly api: RendererApiClient,
    private readonly host: TmWorkbenchHost,
  ) {
    this.settings = new TmSettingsStore(api);
    this.matches = new MatchPanel(
      api,
      this.settings,
      (target) => host.session()?.replaceActiveTarget(target),
      {
        memoryEdits: () => host.session()?.store.memoryEdits ?? [],
        memorySaved: () => host.session()?.memorySaved() ?? null,
      },
    );
    this.propagation = new Propagation(api, { session: () => host.session() });
  }

  get panel(): HTMLElement {
    return this.matches.el;
  }

  /** The active segment changed, or its text or status did. */
  show(store: SegmentStore, pos: number): void {
    const seg = store.segments[pos];
    if (!seg) return;
    this.matches.show({
      documentId: store.doc.id,
      index: seg.index,
      source: seg.source,
      glossary: store.glossaryGeneration,
      ahead: () => {
        const near = likelyNext(store, pos);
        const segment = (p: number): Segment => store.segments[p] as Segment;
        return { near: near.map(segment), rest: around(store, pos, near).map(segment) };
      },
    });
    this.matches.markPropagated(
      this.propagation.isPropagated(store.doc.id, seg.index, seg.target, seg.status),
    );
    if (this.loadedDoc !== store.doc.id) {
      this.loadedDoc = store.doc.id;
      this.propagation.load(store).then(() => this.repaint(), toastError);
    }
    this.repaint();
  }

  /** A memory was imported or removed: its index is rebuilt and kept matches are out of date. */
  private memoriesChanged(): void {
    this.matches.reset();
    const session = this.host.session();
    if (session) this.show(session.store, session.activePos());
  }

  reset(): void {
    this.matches.reset();
    this.loadedDoc = null;
    this.marks.clear();
  }

  /** The open window's propagated drafts, tinted in the English pane. */
  private repaint(): void {
    const session = this.host.session();
    if (!session) return;
    const { store } = session;
    const lines = propagatedLines(session, (s) =>
      this.propagation.isPropagated(store.doc.id, s.index, s.target, s.status),
    );
    this.marks.paint(session, lines);
  }

  actions(session: EditorSession) {
    return registerTmActions({
      source: session.source,
      target: session.target,
      insertMatch: (n) => this.insertMatch(n),
      concordance: (ed) => openConcordance(this.api, queryAt(ed) || session.sourceSelection()),
      pretranslate: () => void this.pretranslate(),
      // A memory imported or removed: the server rebuilds its index and kept matches are out of date.
      memories: () => openMemories(this.api, () => this.memoriesChanged()),
    });
  }

  /** Ctrl+Enter confirmed a segment: its repetitions get the translation. */
  confirmed(session: EditorSession, pos: number): void {
    void this.settings
      .get()
      .then((s) => this.propagation.confirmed(session, pos, s.tmPropagateAll), toastError);
  }

  async pretranslate(): Promise<void> {
    const session = this.host.session();
    if (!session) return;
    try {
      await session.flush();
      const report = await openPretranslate(this.api, session.store.doc.id, async () =>
        (await this.api.call('documents.list', {})).map((d) => d.id),
      );
      if (report && report.filled > 0) await this.host.reload();
    } catch (err) {
      toastError(err);
    }
  }

  private insertMatch(n: number): void {
    const m = this.matches.match(n);
    const session = this.host.session();
    if (!m || !session) {
      toast(t('tm.noMatchN', { n }));
      return;
    }
    session.replaceActiveTarget(m.target);
  }
}
