import type { DiffPart, TmMatch } from '../../../../shared/tm';
import type { RendererApiClient } from '../../api/client';
import { dirOf } from '../../i18n/bidi';
import { formatNumber, t } from '../../i18n/i18n';
import { clear, h } from '../../ui/dom';
import { toastError } from '../../ui/toast';
import { platformKeys } from '../workbench/shortcuts';
import { LatestCall } from './latest-call';
import { MatchLookahead, type LookupRequest } from './match-lookahead';
import { formatPercent } from './percent';
import { tmPerfHook } from './tm-perf';
import { THRESHOLDS, type TmSettingsStore } from './tm-settings';

/** Matches shown, and the number of Ctrl+1 … Ctrl+N keys. */
export const MAX_MATCHES = 5;
/** Waiting this long after an edit of the Persian source before looking it up again. */
const SOURCE_EDIT_DELAY_MS = 300;
/** How often the panel asks again while the memory's index is being built. */
const STATUS_POLL_MS = 1000;

const isMac = (): boolean => /Mac|iPhone|iPad/.test(navigator.platform);

/** The open document's writes to the project memory, as the panel needs to know them. */
export interface MemoryWrites {
  /** The sources of memory units changed since the document opened (SegmentStore.memoryEdits). */
  memoryEdits(): readonly string[];
  /** Settles when the confirmed segments queued so far are saved; null when none is waiting. */
  memorySaved(): Promise<void> | null;
}

/** What the panel is asked to show: the active segment of the open document. */
export interface MatchQuery {
  documentId: number;
  index: number;
  source: string;
  /** The glossary generation (matches adapt glossary terms). */
  glossary: number;
  /**
   * The segments the translator is likely to go to next (`near`), looked up in the background, and the
   * rest of the report nearest first, looked up once the translator pauses. A function: show() runs on
   * every keystroke and needs them only once the segment's matches are on screen.
   */
  ahead(): { near: readonly AheadSegment[]; rest: readonly AheadSegment[] };
}

type AheadSegment = { index: number; source: string };

const REASON_KEYS = { numbers: 'tm.adapted.numbers', terms: 'tm.adapted.terms' } as const;
const DIFF_CLASS = { equal: '', match: 'tm-diff-del', current: 'tm-diff-ins' } as const;
const DIFF_TITLE = { equal: '', match: 'tm.diff.onlyMatch', current: 'tm.diff.onlyCurrent' } as const;

/** The match's source with the words that differ from the current source marked. */
export function diffLine(parts: readonly DiffPart[]): HTMLElement {
  const line = h('div', { class: 'tm-source', attrs: { dir: 'rtl', lang: 'fa' } });
  for (const p of parts) {
    if (p.kind === 'equal') line.append(p.text);
    else
      line.append(
        h(p.kind === 'match' ? 'del' : 'ins', {
          class: DIFF_CLASS[p.kind],
          text: p.text,
          i18nTitle: DIFF_TITLE[p.kind],
        }),
      );
  }
  return line;
}

/**
 * The side panel's translation-memory section: the best matches (up to five, at or above the user's
 * threshold) of the active segment with score, origin, word-by-word difference and what was adapted.
 * A lookup starts when the active segment changes; a newer one cancels it, so moving fast through the
 * document never queues stale lookups, and typing in the English pane never starts one.
 */
export class MatchPanel {
  readonly el: HTMLElement;
  private readonly list = h('ol', { class: 'tm-list', attrs: { 'data-testid': 'tm-matches' } });
  private readonly count = h('span', { class: 'side-count' });
  private readonly threshold = h('select', {
    class: 'select select-small',
    i18nAria: 'tm.threshold',
    attrs: { 'data-testid': 'tm-threshold' },
  });
  private readonly allDocs = h('input', { attrs: { type: 'checkbox', 'data-testid': 'tm-propagate-all' } });
  private readonly note = h('p', {
    class: 'tm-note',
    i18n: 'tm.propagatedNote',
    attrs: { 'data-testid': 'tm-propagated' },
  });
  /** Shown while the server builds the memory's fuzzy index (exact matches only until then). */
  private readonly building = h('p', {
    class: 'tm-note',
    attrs: { 'data-testid': 'tm-building', 'aria-live': 'polite' },
  });
  private indexReady = false;
  /** A status question is in flight or scheduled. */
  private checking = false;
  private readonly lookup = new LatestCall<TmMatch[]>();
  private matches: TmMatch[] = [];
  private shownFor = '';
  private wanted = '';
  private query: MatchQuery | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private min = 70;
  private readonly perf = tmPerfHook();
  /** The saved threshold is read once; lookups before then wait for it. */
  private readonly settingsRead: Promise<void>;
  private settingsKnown = false;
  /** When the current segment was asked for (for the bench's timing). */
  private askedAt = 0;
  private answeredAt = 0;

  private readonly lookahead: MatchLookahead;

  constructor(
    private readonly api: RendererApiClient,
    private readonly settings: TmSettingsStore,
    private readonly onInsert: (target: string) => void,
    private readonly memory: MemoryWrites,
  ) {
    this.lookahead = new MatchLookahead((r) => this.ask(r), memory.memoryEdits);
    this.labelThresholds();
    this.threshold.addEventListener('change', () => void this.setThreshold(Number(this.threshold.value)));
    this.allDocs.addEventListener('change', () => {
      this.settings.set({ tmPropagateAll: this.allDocs.checked }).catch(toastError);
    });
    this.el = h(
      'section',
      { class: 'side-section tm-panel' },
      h('header', { class: 'side-header' }, h('h3', { i18n: 'tm.title' }), this.count),
      this.note,
      this.building,
      this.list,
      h(
        'div',
        { class: 'tm-options' },
        h('label', { class: 'tm-option' }, h('span', { i18n: 'tm.threshold' }), this.threshold),
        h('label', { class: 'tm-option' }, this.allDocs, h('span', { i18n: 'tm.propagateAll' })),
      ),
    );
    this.note.hidden = true;
    this.building.hidden = true;
    this.settingsRead = this.settings.get().then((s) => {
      this.min = s.tmThreshold;
      this.threshold.value = String(s.tmThreshold);
      this.allDocs.checked = s.tmPropagateAll;
      this.settingsKnown = true;
    });
    this.settingsRead.catch(toastError);
  }

  /** Show the matches of this segment (called on every render of the side panel: cheap when unchanged). */
  show(q: MatchQuery): void {
    const key = `${q.documentId}:${q.index}:${q.source}`;
    if (key === this.wanted) return;
    if (!this.indexReady && !this.checking) void this.checkIndex();
    const samePlace = this.query?.documentId === q.documentId && this.query.index === q.index;
    this.wanted = key;
    this.query = q;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    // The Persian being edited (source unlocked) is looked up once the typing pauses; a new segment at once.
    if (samePlace) this.timer = setTimeout(() => void this.fetch(), SOURCE_EDIT_DELAY_MS);
    else {
      this.askedAt = performance.now();
      if (!this.showKept()) {
        this.matches = [];
        this.renderList(true);
        void this.fetch();
      }
    }
  }

  /** The look-ahead kept this segment's matches and they still hold: show them without asking. */
  private showKept(): boolean {
    const q = this.query;
    if (!q || !this.settingsKnown || !this.indexReady || this.perf?.cold) return false;
    const found = this.lookahead.take(this.request(q));
    if (!found) return false;
    this.answeredAt = performance.now();
    this.matches = found;
    this.shownFor = this.wanted;
    this.renderList(false);
    this.shown();
    return true;
  }

  private request(q: MatchQuery): LookupRequest {
    const { documentId, index, source, glossary } = q;
    return { documentId, index, source, glossary, min: this.min };
  }

  private ask(r: LookupRequest, signal?: AbortSignal): Promise<TmMatch[]> {
    return this.api.call(
      'tm.lookup',
      {
        text: r.source,
        min: r.min,
        max: MAX_MATCHES,
        documentId: r.documentId,
        index: r.index,
        quick: true,
      },
      signal ? { signal } : {},
    );
  }

  /** The matches of the active segment are on screen: time them, and look the next segments up. */
  private shown(): void {
    if (this.perf && this.askedAt) {
      const rendered = performance.now();
      this.perf.matchMs.push(rendered - this.askedAt);
      this.perf.marks.push({ asked: this.askedAt, answered: this.answeredAt, rendered });
    }
    this.askedAt = 0;
    const q = this.query;
    // Only complete answers are kept: while the index builds, lookups find exact matches alone.
    if (!q || !this.indexReady || this.perf?.cold) return;
    const requests = (segments: readonly AheadSegment[]): LookupRequest[] =>
      segments
        .filter((a) => a.source.trim() !== '')
        .map((a) => this.request({ ...q, index: a.index, source: a.source }));
    const { near, rest } = q.ahead();
    this.lookahead.ahead(requests(near), requests(rest));
  }

  /** The active segment holds a draft propagated from a repetition. */
  markPropagated(on: boolean): void {
    this.note.hidden = !on;
  }

  /** The n-th match (1-based) of the segment shown, if its lookup has answered. */
  match(n: number): TmMatch | undefined {
    return this.shownFor === this.wanted ? this.matches[n - 1] : undefined;
  }

  /** The threshold's choices in the UI's digits. */
  private labelThresholds(): void {
    const value = this.threshold.value || String(this.min);
    this.threshold.replaceChildren(
      ...THRESHOLDS.map((n) => h('option', { text: formatPercent(n), attrs: { value: String(n) } })),
    );
    this.threshold.value = value;
  }

  /** Forget everything (another document, a language switch): the next show looks up again. */
  reset(): void {
    this.labelThresholds();
    // The server drops its index when a memory is imported or removed: ask again before the next lookup.
    this.indexReady = false;
    this.lookup.cancel();
    this.lookahead.clear();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.wanted = '';
    this.shownFor = '';
    this.query = null;
    this.matches = [];
    this.renderList(false);
  }

  private async setThreshold(min: number): Promise<void> {
    this.min = min;
    const q = this.query;
    this.wanted = '';
    if (q) this.show(q);
    try {
      await this.settings.set({ tmThreshold: min });
    } catch (err) {
      toastError(err);
    }
  }

  private async fetch(): Promise<void> {
    const q = this.query;
    if (!q) return;
    const key = this.wanted;
    if (q.source.trim() === '') {
      this.matches = [];
      this.shownFor = key;
      this.renderList(false);
      return;
    }
    try {
      // Once the threshold is known the request leaves at once, before the rest of the move is drawn.
      if (!this.settingsKnown) await this.settingsRead;
      const r = this.request(q);
      // A segment just confirmed (Ctrl+Enter moves on at once) reaches the server before the lookup.
      const saving = this.memory.memorySaved();
      if (saving) await saving;
      if (key !== this.wanted) return;
      const complete = this.indexReady;
      const edits = this.memory.memoryEdits().length;
      const sentAt = performance.now();
      const found = await this.lookup.run(async (signal) => {
        const early = this.perf?.cold ? undefined : this.lookahead.pending(r);
        return (early && (await early)) ?? this.ask(r, signal);
      });
      if (found === null || key !== this.wanted) return;
      this.answeredAt = performance.now();
      if (complete) this.lookahead.keep(r, found, edits, sentAt);
      this.matches = found;
      this.shownFor = key;
      this.renderList(false);
      this.shown();
    } catch (err) {
      toastError(err);
    }
  }

  /**
   * Asks whether the memory's fuzzy index is ready (the first ask starts building it on the server), and
   * while it is not, says so and asks again; once ready, looks the current segment up again.
   */
  private async checkIndex(): Promise<void> {
    this.checking = true;
    try {
      const s = await this.api.call('tm.status', {});
      this.indexReady = s.ready;
      this.building.hidden = s.ready;
      if (s.ready) {
        this.checking = false;
        // The segment on screen got exact matches only: now the fuzzy ones.
        if (this.query) void this.fetch();
        return;
      }
      const percent = formatPercent(s.total > 0 ? Math.floor((100 * s.done) / s.total) : 0);
      this.building.replaceChildren(h('span', { i18n: 'tm.preparing', i18nParams: { percent } }));
      setTimeout(() => void this.checkIndex(), STATUS_POLL_MS);
    } catch (err) {
      this.checking = false;
      toastError(err);
    }
  }

  private renderList(loading: boolean): void {
    clear(this.list);
    this.count.textContent = this.matches.length ? formatNumber(this.matches.length) : '';
    this.list.setAttribute('aria-busy', String(loading));
    if (this.matches.length === 0) {
      this.list.append(
        h('li', {
          class: 'empty-note',
          i18n: loading ? 'tm.looking' : 'tm.none',
          i18nParams: { min: formatNumber(this.min) },
        }),
      );
      return;
    }
    this.matches.forEach((m, i) => this.list.append(this.item(m, i + 1)));
  }

  private item(m: TmMatch, n: number): HTMLElement {
    const keys = platformKeys(`Ctrl+${n}`, isMac());
    const origin = m.origin === 'project' ? t('tm.projectMemory') : m.origin;
    return h(
      'li',
      { class: `tm-match${m.score === 100 ? ' is-exact' : ''}`, attrs: { 'data-score': String(m.score) } },
      h(
        'div',
        { class: 'tm-match-head' },
        h('kbd', { text: keys, attrs: { dir: 'ltr' } }),
        h('span', { class: 'tm-score', text: formatPercent(m.score) }),
        h('bdi', { class: 'tm-origin', text: origin, attrs: { title: origin } }),
        ...m.reasons.map((r) =>
          h('span', { class: 'tm-badge', i18n: REASON_KEYS[r], attrs: { 'data-testid': 'tm-adapted' } }),
        ),
      ),
      diffLine(m.diff),
      h('button', {
        class: 'tm-target',
        text: m.target,
        attrs: { type: 'button', dir: dirOf(m.target), title: t('tm.insertHint', { keys }) },
        on: { click: () => this.onInsert(m.target) },
      }),
    );
  }
}
