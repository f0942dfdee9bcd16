/**
 * Counting units an import leaves out, by reason, so that "0 new translation units" never hides that 61
 * were skipped (issue 13.5). Readers count; doors print `describeSkipped` (CLI) or translate the reasons.
 */
import type { ImportSkipReason, ImportSkipped } from '../../../shared/model';
import { untranslatedReason } from '../../text/untranslated';
import { hasVisibleText } from '../../text/visible';

export function countSkip(skipped: ImportSkipped, reason: ImportSkipReason): void {
  skipped[reason] = (skipped[reason] ?? 0) + 1;
}

/** Why a Persian → English pair is not worth importing, or undefined when it is. */
export function pairSkipReason(source: string, target: string): ImportSkipReason | undefined {
  if (!hasVisibleText(source)) return 'empty_source';
  const reason = untranslatedReason(source, target);
  return reason === 'empty' ? 'empty_target' : reason;
}

const LABEL: Record<ImportSkipReason, string> = {
  no_pair: 'no Persian and English pair',
  empty_source: 'empty Persian',
  empty_target: 'empty English',
  copies_source: 'English is a copy of the Persian',
  arabic_script: 'English is in Arabic script',
};

export function skippedTotal(skipped: ImportSkipped): number {
  let n = 0;
  for (const v of Object.values(skipped)) n += v ?? 0;
  return n;
}

/** "skipped 61: 58 empty English, 3 English is a copy of the Persian", or "" when nothing was skipped. */
export function describeSkipped(skipped: ImportSkipped): string {
  const total = skippedTotal(skipped);
  if (total === 0) return '';
  const parts = (Object.keys(LABEL) as ImportSkipReason[])
    .filter((r) => (skipped[r] ?? 0) > 0)
    .map((r) => `${skipped[r] ?? 0} ${LABEL[r]}`);
  return `skipped ${total}: ${parts.join(', ')}`;
}
