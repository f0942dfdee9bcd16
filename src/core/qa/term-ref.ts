/**
 * The one Entry → QA conversion: what the checks need of a glossary entry — its id, the Persian term met
 * in the text, every English term with its status and rules (later-mention short forms, forms of the same
 * name), and the Persian short forms that ask for no full English.
 */
import type { Entry, Term, TermType } from '../../shared/model';
import type { QaEnglish, QaTermRef } from './types';

// Short and long forms of one name, and alternative wordings of one phrase ("according to"/"reported"):
// choosing between them is style, not a terminology decision that must be consistent.
const SAME_NAME: ReadonlySet<TermType> = new Set([
  'shortForm',
  'acronym',
  'abbreviation',
  'fullForm',
  'phrase',
]);

function qaEnglish(t: Term): QaEnglish {
  const e: QaEnglish = { text: t.text, status: t.status };
  if (t.later) e.later = true;
  if (t.later || (t.termType !== undefined && SAME_NAME.has(t.termType))) e.sameName = true;
  return e;
}

export function qaTermRef(entry: Pick<Entry, 'id' | 'terms'>, term: string): QaTermRef {
  const english = entry.terms.filter((t) => t.lang === 'en').map(qaEnglish);
  const shortFa = entry.terms
    .filter((t) => t.lang === 'fa' && (t.termType === 'shortForm' || t.termType === 'acronym'))
    .map((t) => t.text);
  return shortFa.length > 0
    ? { entry: entry.id, term, english, shortFa }
    : { entry: entry.id, term, english };
}
