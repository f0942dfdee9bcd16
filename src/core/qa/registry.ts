/** Every check, in the order findings of one segment are listed. */
import { bidiControl } from './checks/bidi-control';
import { doubleSpace } from './checks/double-space';
import { doubledWord } from './checks/doubled-word';
import { inconsistentTerm } from './checks/inconsistent-term';
import { inconsistentTranslation } from './checks/inconsistent-translation';
import { leadingTrailingSpace } from './checks/leading-trailing-space';
import { numberExtra } from './checks/number-extra';
import { numberMissing } from './checks/number-missing';
import { persianInTarget } from './checks/persian-in-target';
import { possibleMisspelling } from './checks/possible-misspelling';
import { targetEqualsSource } from './checks/target-equals-source';
import { termFirstMention } from './checks/term-first-mention';
import { termForbidden } from './checks/term-forbidden';
import { termMissing } from './checks/term-missing';
import { unbalancedBrackets } from './checks/unbalanced-brackets';
import { unbalancedQuotes } from './checks/unbalanced-quotes';
import { untranslated } from './checks/untranslated';
import type { CorpusCheck, SegmentCheck } from './types';

export type RegisteredCheck =
  { scope: 'segment'; check: SegmentCheck } | { scope: 'corpus'; check: CorpusCheck };

export const REGISTRY: readonly RegisteredCheck[] = [
  { scope: 'segment', check: untranslated },
  { scope: 'segment', check: possibleMisspelling },
  { scope: 'segment', check: targetEqualsSource },
  { scope: 'segment', check: persianInTarget },
  { scope: 'segment', check: termMissing },
  { scope: 'segment', check: termForbidden },
  { scope: 'corpus', check: termFirstMention },
  { scope: 'corpus', check: inconsistentTerm },
  { scope: 'segment', check: numberMissing },
  { scope: 'segment', check: numberExtra },
  { scope: 'corpus', check: inconsistentTranslation },
  { scope: 'segment', check: unbalancedBrackets },
  { scope: 'segment', check: unbalancedQuotes },
  { scope: 'segment', check: bidiControl },
  { scope: 'segment', check: doubledWord },
  { scope: 'segment', check: doubleSpace },
  { scope: 'segment', check: leadingTrailingSpace },
];
