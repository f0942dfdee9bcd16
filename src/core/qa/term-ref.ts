import type { Entry } from '../../shared/model';
import type { QaTermRef } from './types';

/** What the QA checks need of a glossary entry: its id, the Persian term met in the text, every English term. */
export function qaTermRef(entry: Entry, term: string): QaTermRef {
  return {
    entry: entry.id,
    term,
    english: entry.terms.filter((t) => t.lang === 'en').map((t) => ({ text: t.text, status: t.status })),
  };
}
