import type { TermHit } from '../../../../shared/model';

/**
 * The text to insert for a term between `before` and `after` on the line: a space is added where the
 * term would otherwise stick to a word, none before punctuation or at the line edges.
 */
export function spacedInsertion(before: string, after: string, text: string): string {
  const lead = before !== '' && !/\s$/.test(before) ? ' ' : '';
  const trail = after !== '' && !/^[\s.,;:!?)\]»”’]/.test(after) ? ' ' : '';
  return `${lead}${text}${trail}`;
}

/**
 * Which term the "insert term" shortcut means: the hit under the caret of the Persian pane, else the
 * first term still missing from the draft, else the segment's first term.
 */
export function pickTerm(
  hits: readonly TermHit[],
  missing: ReadonlySet<number>,
  sourceOffset: number | null,
): TermHit | null {
  if (sourceOffset !== null) {
    const under = hits.find((h) => h.start <= sourceOffset && sourceOffset <= h.end);
    if (under) return under;
  }
  return hits.find((h) => missing.has(h.entry)) ?? hits[0] ?? null;
}
