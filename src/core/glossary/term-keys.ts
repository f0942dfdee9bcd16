import type { Term } from '../../shared/model';
import { foldForSearch, termKey } from '../text/normalize';

/** English identity: case, spacing and hyphen/space variation do not make a different term. */
export function englishKey(text: string): string {
  return foldForSearch(text)
    .replace(/[-\u2010-\u2015]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The stored match key of a term: Persian by termKey (spacing, ZWNJ, letter forms), English by englishKey. */
export function termKeyOf(term: Pick<Term, 'lang' | 'text'>): string {
  return term.lang === 'fa' ? termKey(term.text) : englishKey(term.text);
}
