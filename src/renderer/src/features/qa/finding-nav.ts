/**
 * F8 / Shift+F8 in the editor: the next (previous) open QA finding of the document after (before) the
 * active segment, wrapping at the ends. Findings of the active segment itself are skipped, so pressing F8
 * again moves on. "Not translated" is not a finding to visit: the translator reaches those segments by
 * translating on (Enter, Alt+↓), and in a half-done document they would be every other stop.
 */
import type { QaIssue } from '../../../../shared/model';

export function findingFrom(issues: readonly QaIssue[], segment: number, dir: 1 | -1): QaIssue | null {
  const open = issues
    .filter((i) => !i.ignored && i.check !== 'untranslated')
    .sort((a, b) => a.segment - b.segment);
  if (open.length === 0) return null;
  if (dir === 1) return open.find((i) => i.segment > segment) ?? open[0] ?? null;
  for (let k = open.length - 1; k >= 0; k--)
    if ((open[k] as QaIssue).segment < segment) return open[k] ?? null;
  return open[open.length - 1] ?? null;
}
