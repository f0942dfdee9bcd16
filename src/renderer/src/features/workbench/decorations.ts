import type { Entry, SegmentStatus, TermHit } from '../../../../shared/model';
import { monaco } from '../../editor/monaco';
import { isolate, t } from '../../i18n/i18n';
import type { SegmentTermState } from '../consistency/consistency';

type Deco = monaco.editor.IModelDeltaDecoration;

const NEVER_GROW = monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges;
const WARN_COLOR = '#d97706';
const ERROR_COLOR = '#dc2626';

/**
 * Symbols come from the codicon font that ships inside Monaco: "⛔" and "⚠" came from whatever system
 * font had them, and rendered as an empty box where none did.
 */
const ERROR_ICON = '$(error)';
const WARN_ICON = '$(warning)';

function hoverLine(icon: string, text: string): monaco.IMarkdownString {
  return { value: `${icon} ${mdEscape(text)}`, supportThemeIcons: true };
}

/** Markdown-escape user text (terms, notes) for hover messages: it is data, never markup. */
export function mdEscape(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`);
}

export function termHover(hit: TermHit, entry: Entry | undefined, missing: boolean): monaco.IMarkdownString {
  const parts: string[] = [];
  const en = entry?.terms.filter((x) => x.lang === 'en') ?? [];
  if (en.length === 0) parts.push(`**${mdEscape(isolate(hit.english))}**`);
  for (const term of en) {
    parts.push(
      `**${mdEscape(isolate(term.text))}** — ${mdEscape(t(`termStatus.${term.status}`))}${term.note ? ` — ${mdEscape(isolate(term.note))}` : ''}`,
    );
  }
  const fa = entry?.terms.find((x) => x.lang === 'fa');
  parts.push(
    `${mdEscape(t('editor.hover.entry', { term: isolate(hit.term) }))}${fa && fa.status !== 'preferred' ? ` — ${mdEscape(t(`termStatus.${fa.status}`))}` : ''}${
      entry ? ` · ${mdEscape(t(`subject.${entry.subject}`))}` : ''
    }`,
  );
  if (hit.inflected) parts.push(`_${mdEscape(t('editor.hover.inflected', { text: isolate(hit.text) }))}_`);
  if (entry?.note) parts.push(mdEscape(isolate(entry.note)));
  if (missing)
    parts.push(`${WARN_ICON} ${mdEscape(t('editor.hover.missing', { expected: isolate(hit.english) }))}`);
  return { value: parts.join('\n\n'), isTrusted: false, supportHtml: false, supportThemeIcons: true };
}

/** Term hits of one Persian line: exact and inflected hits look different, missing ones are flagged. */
export function sourceLineDecorations(
  line: number,
  hits: readonly TermHit[],
  state: SegmentTermState,
): Deco[] {
  return hits.map((hit) => {
    const missing = state.missingEntries.has(hit.entry);
    return {
      range: new monaco.Range(line, hit.start + 1, line, hit.end + 1),
      options: {
        stickiness: NEVER_GROW,
        inlineClassName: `term ${hit.inflected ? 'term-inflected' : 'term-exact'}${missing ? ' term-missing' : ''}${
          state.forbiddenEntries.has(hit.entry) ? ' term-forbidden-use' : ''
        }`,
        ...(missing
          ? { overviewRuler: { color: WARN_COLOR, position: monaco.editor.OverviewRulerLane.Right } }
          : {}),
      },
    };
  });
}

/** Hover of an English line: what is missing, and the forbidden rendering under the mouse. */
export function targetHover(state: SegmentTermState, offset: number): monaco.IMarkdownString[] {
  const out: monaco.IMarkdownString[] = [];
  for (const f of state.forbidden) {
    if (f.start <= offset && offset <= f.end) {
      out.push(
        hoverLine(
          ERROR_ICON,
          t('editor.hover.forbidden', { forbidden: isolate(f.forbidden), expected: isolate(f.expected) }),
        ),
      );
    }
  }
  for (const m of state.missing)
    out.push(
      hoverLine(
        WARN_ICON,
        t('editor.hover.missingLine', { term: isolate(m.term), expected: isolate(m.expected) }),
      ),
    );
  return out;
}

/** Status stripe, missing-term marker and forbidden/correct term spans of one English line. */
export function targetLineDecorations(line: number, status: SegmentStatus, state: SegmentTermState): Deco[] {
  const out: Deco[] = [];
  const missing = state.missing.length > 0;
  out.push({
    range: new monaco.Range(line, 1, line, 1),
    options: {
      isWholeLine: true,
      linesDecorationsClassName: `seg-mark seg-${status}${missing ? ' seg-warn' : ''}`,
      ...(missing
        ? {
            className: 'en-missing',
            overviewRuler: { color: WARN_COLOR, position: monaco.editor.OverviewRulerLane.Right },
          }
        : {}),
    },
  });
  for (const f of state.found) {
    out.push({
      range: new monaco.Range(line, f.start + 1, line, f.end + 1),
      options: { stickiness: NEVER_GROW, inlineClassName: 'en-found' },
    });
  }
  for (const f of state.forbidden) {
    out.push({
      range: new monaco.Range(line, f.start + 1, line, f.end + 1),
      options: {
        stickiness: NEVER_GROW,
        // No hoverMessage here: the pane's hover provider (targetHover) already says it, once.
        inlineClassName: 'en-forbidden',
        overviewRuler: { color: ERROR_COLOR, position: monaco.editor.OverviewRulerLane.Right },
      },
    });
  }
  return out;
}

/**
 * Decorations kept per line, so a keystroke replaces only its own line's decorations instead of
 * diffing thousands.
 */
export class LineDecorations {
  private ids: string[][] = [];

  constructor(private readonly model: monaco.editor.ITextModel) {}

  setAll(perLine: readonly Deco[][]): void {
    const old = this.ids.flat();
    const flat = perLine.flat();
    const newIds = this.model.deltaDecorations(old, flat);
    this.ids = [];
    let k = 0;
    perLine.forEach((decos, i) => {
      this.ids[i] = newIds.slice(k, k + decos.length);
      k += decos.length;
    });
  }

  /** perLine is indexed by line - 1. */
  setLine(line: number, decos: Deco[]): void {
    this.ids[line - 1] = this.model.deltaDecorations(this.ids[line - 1] ?? [], decos);
  }

  clear(): void {
    this.model.deltaDecorations(this.ids.flat(), []);
    this.ids = [];
  }
}
