import type { Term } from '../../shared/model';
import { foldForSearch, termKey } from '../text/normalize';

/** English identity: case, spacing and hyphen/space variation do not make a different term. */
export function englishKey(text: string): string {
  const key = foldForSearch(text);
  // Most terms ("chief of staff") have nothing for the two passes below to change: one look instead.
  return isSpacedPlainly(key)
    ? key
    : key
        .replace(/[-\u2010-\u2015]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}

/**
 * True when `key` has no hyphen or dash (U+2010–U+2015) and no whitespace but single ASCII spaces between
 * other chars: then the replaces and trim of englishKey would return it as it is.
 */
function isSpacedPlainly(key: string): boolean {
  const last = key.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = key.charCodeAt(i);
    if (c > 0x20 && c < 0x7f) {
      if (c === 0x2d) return false;
    } else if (c === 0x20) {
      if (i === 0 || i === last || key.charCodeAt(i + 1) === 0x20) return false;
    } else if (c <= 0x20 || isSpaceOrDash(c)) return false;
  }
  return true;
}

/** Beyond ASCII: what `\s` and trim() match (JS WhiteSpace and LineTerminator), and U+2010–U+2015. */
function isSpaceOrDash(c: number): boolean {
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    (c >= 0x2010 && c <= 0x2015) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The stored match key of a term: Persian by termKey (spacing, ZWNJ, letter forms), English by englishKey. */
export function termKeyOf(term: Pick<Term, 'lang' | 'text'>): string {
  return term.lang === 'fa' ? termKey(term.text) : englishKey(term.text);
}
