import type { QaIssue } from '../../../../shared/model';
import { formatNumber } from '../../i18n/i18n';
import { h } from '../../ui/dom';
import type { Misspelling } from '../../../../core/qa/misspelling';
import { FindingPanel, splitMisspellingFindings } from '../qa/finding-panel';
import { MisspellingPanel } from '../qa/misspelling-panel';
import { TermPanel, termPanelItems } from '../term-panel/term-panel';
import { shortcutSummary } from './keyboard-reference';
import type { SideSection } from '../editor-tools/side-section';
import type { SegmentStore } from './segment-store';

/** The side panel: "Segment N of M" with its status, the segment's terms, the everyday keys. */
export class SidePanel {
  readonly el: HTMLElement;
  private readonly segInfo = h('div', { class: 'seg-info', attrs: { 'data-testid': 'segment-info' } });
  private readonly terms: TermPanel;
  private readonly findings: FindingPanel;
  private readonly misspellings: MisspellingPanel;
  private signature = '';
  private shown = '';
  private lastFindings: readonly QaIssue[] = [];
  private lastMisspellings: readonly Misspelling[] = [];

  constructor(
    deps: {
      insert(english: string): void;
      addTerm(): void;
      openReference(): void;
      ignoreFinding(issue: QaIssue): void;
      /** Sections of other features (translation memory), placed just above the terms. */
      sections?: HTMLElement[];
    },
    /** The editor tools' sections (word counts, comments), told about every active segment. */
    private readonly tools: readonly SideSection[] = [],
  ) {
    this.terms = new TermPanel(deps.insert, deps.addTerm);
    this.findings = new FindingPanel(deps.ignoreFinding);
    this.misspellings = new MisspellingPanel(deps.insert, deps.ignoreFinding);
    this.el = h(
      'aside',
      { class: 'wb-side', attrs: { 'data-testid': 'side-panel' } },
      this.segInfo,
      this.findings.el,
      this.misspellings.el,
      ...(deps.sections ?? []),
      ...tools.map((s) => s.el),
      this.terms.el,
      shortcutSummary(deps.openReference),
    );
  }

  /** Forget what is shown (language switch, another document): the next render rebuilds. */
  reset(): void {
    this.signature = '';
    this.shown = '';
    for (const s of this.tools) s.reset();
    this.findings.reset();
    this.misspellings.reset();
  }

  /** The active segment's open QA findings from the last F8 run (none: the section hides). */
  renderFindings(findings: readonly QaIssue[]): void {
    this.lastFindings = findings;
    this.renderQa();
  }

  /** Possible misspellings of glossary names in the active segment's source. */
  renderMisspellings(found: readonly Misspelling[]): void {
    this.lastMisspellings = found;
    this.renderQa();
  }

  private renderQa(): void {
    const { findings, dismissable } = splitMisspellingFindings(this.lastFindings, this.lastMisspellings);
    this.findings.render(findings);
    this.misspellings.render(this.lastMisspellings, dismissable);
  }

  render(store: SegmentStore, pos: number): void {
    const seg = store.segments[pos];
    if (!seg) return;
    for (const s of this.tools) s.render(store, pos);
    // Called on every keystroke: rebuild only when what the panel shows has changed.
    const items = termPanelItems(store.hits[pos] ?? [], store.states[pos]!, store.entryMap());
    const signature = `${store.doc.id}:${store.glossaryGeneration}:${pos}:${seg.status}:${items.map((i) => `${i.entry}${i.missing ? '!' : ''}${i.forbidden.map((f) => `x${f.used}`).join('')}`).join(',')}`;
    if (signature === this.signature) return;
    this.signature = signature;
    this.segInfo.replaceChildren(
      h('span', {
        class: 'seg-info-num',
        i18n: 'editor.segment',
        i18nParams: { n: formatNumber(pos + 1), total: formatNumber(store.segments.length) },
      }),
      h('span', { class: `status-pill status-${seg.status}`, i18n: `status.${seg.status}` }),
    );
    this.terms.render(items);
    // A new segment starts at the top of the panel, its heading in view (not where the last one was read).
    const shown = `${store.doc.id}:${pos}`;
    if (shown !== this.shown) this.el.scrollTop = 0;
    this.shown = shown;
  }
}
