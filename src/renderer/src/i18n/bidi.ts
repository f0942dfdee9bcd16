/**
 * Direction of a piece of user text. The browser's dir="auto" and Unicode's FSI take the first strong
 * letter, so an English note that opens with a quoted Persian term («ایران اسلامی» → Iran) was laid
 * out right to left and read scrambled (issue 12.7). Here the script with more letters wins; text
 * inside nested isolates counts for nothing, as in the Unicode bidi algorithm.
 */
export function baseDirection(text: string): 'ltr' | 'rtl' | null {
  let rtl = 0;
  let ltr = 0;
  let depth = 0;
  for (const ch of text) {
    if (ch === '\u2066' || ch === '\u2067' || ch === '\u2068') depth++;
    else if (ch === '\u2069') depth = Math.max(0, depth - 1);
    else if (depth > 0) continue;
    else if (/[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/.test(ch)) rtl += /\p{L}/u.test(ch) ? 1 : 0;
    else if (/\p{L}/u.test(ch)) ltr++;
  }
  if (rtl === 0 && ltr === 0) return null;
  return rtl > ltr ? 'rtl' : 'ltr';
}

const LRI = '\u2066';
const RLI = '\u2067';
const FSI = '\u2068';
const PDI = '\u2069';

/** Direction of the first strong letter, which is what FSI and dir="auto" go by. */
function firstStrong(text: string): 'ltr' | 'rtl' | null {
  for (const ch of text) {
    if (/[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/.test(ch) && /\p{L}/u.test(ch)) return 'rtl';
    if (/\p{L}/u.test(ch)) return 'ltr';
  }
  return null;
}

/**
 * Wrap a value in Unicode bidi isolates before it is interpolated into a sentence: a Persian term
 * inside an English message (or the reverse) otherwise drags the punctuation around it. The
 * first-strong isolate (FSI) is kept where it gets the direction right; where the first letter is
 * not of the text's main script, the isolate names the direction (LRI / RLI).
 */
export function isolate(value: string): string {
  const main = baseDirection(value);
  if (main === null || main === firstStrong(value)) return `${FSI}${value}${PDI}`;
  return `${main === 'rtl' ? RLI : LRI}${value}${PDI}`;
}

/** dir attribute value for an element showing user text ("auto" when there are no letters at all). */
export function dirOf(text: string): 'ltr' | 'rtl' | 'auto' {
  return baseDirection(text) ?? 'auto';
}
