import { buildMatcher, matcherTermsFromEntries, type Matcher } from '../../../../core/glossary';
import type { Entry } from '../../../../shared/model';
import type { RendererApiClient } from '../../api/client';

export interface GlossaryState {
  version: number;
  entries: ReadonlyMap<number, Entry>;
  matcher: Matcher;
}

type Listener = (state: GlossaryState) => void;

/**
 * The renderer's copy of the termbase: one snapshot, one matcher built from it, and listeners (the open
 * editor) told when it changes so a term added anywhere is highlighted everywhere at once.
 */
export class GlossaryStore {
  private state: GlossaryState | null = null;
  private loading: Promise<GlossaryState> | null = null;
  private readonly listeners = new Set<Listener>();

  constructor(private readonly api: RendererApiClient) {}

  get(): Promise<GlossaryState> {
    if (this.state) return Promise.resolve(this.state);
    return this.reload();
  }

  current(): GlossaryState | null {
    return this.state;
  }

  /** Fetch the snapshot again (after an add/edit/import here, or a change announced by the shell). */
  reload(): Promise<GlossaryState> {
    this.loading ??= this.api
      .call('glossary.snapshot', {})
      .then((snap) => {
        const entries = new Map(snap.entries.map((e) => [e.id, e] as const));
        const state: GlossaryState = { version: snap.version, entries, matcher: buildMatcher(matcherTermsFromEntries(snap.entries)) };
        const changed = this.state === null || this.state.version !== state.version;
        this.state = state;
        if (changed) for (const l of this.listeners) l(state);
        return state;
      })
      .finally(() => {
        this.loading = null;
      });
    return this.loading;
  }

  subscribe(l: Listener): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }
}
