import type { Entry, Term } from '../../shared/model';
import type { MatcherTerm } from './matcher';

/**
 * One MatcherTerm per Persian term of each entry (every status: a deprecated Persian spelling in a source
 * text still names the concept). Its English is the entry's first preferred English term, else the first
 * admitted, else the first English term of any status.
 */
export function matcherTermsFromEntries(entries: readonly Entry[]): MatcherTerm[] {
  const out: MatcherTerm[] = [];
  for (const entry of entries) {
    const english = preferredEnglish(entry.terms);
    for (const term of entry.terms) {
      if (term.lang === 'fa') out.push({ entry: entry.id, term: term.text, english, status: term.status });
    }
  }
  return out;
}

function preferredEnglish(terms: readonly Term[]): string {
  const en = terms.filter((t) => t.lang === 'en');
  return (en.find((t) => t.status === 'preferred') ?? en.find((t) => t.status === 'admitted') ?? en[0])?.text ?? '';
}
