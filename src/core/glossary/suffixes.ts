/**
 * Persian inflectional suffixes and clitics that may follow a glossary term inside the same word.
 *
 * They are tried in slots, in the order Persian stacks them: comparative, plural, possessive,
 * ezafe/indefinite (بزرگ‌ترین‌هایشان, کشورهایی, همپیمانانش). A later slot never comes before an earlier
 * one. That order is what keeps «ایرانیان» (Iranians = ایرانی + ان, a derived word) from matching
 * «ایران»: ی then ان would put an ezafe/indefinite before a plural. «ایرانی» itself does match «ایران»
 * as inflected: its adjectival ی cannot be told from an indefinite ی without a lexicon.
 *
 * Each part may be joined directly or with a ZWNJ. A space ends the word: «تحریم های» is the term
 * «تحریم» followed by another word, so the hit stays on «تحریم».
 */
import { KEY_ZWNJ } from '../text/normalize';

interface Suffix {
  text: string;
  /** Glide forms (یان, یم, ...) only follow a word ending in ا or و: آقایان, پایم. */
  afterVowel: boolean;
}

const ALEF = 0x0627;
const WAW = 0x0648;

function slot(forms: string[], afterVowel: string[] = []): Suffix[] {
  return [
    ...forms.map((text) => ({ text, afterVowel: false })),
    ...afterVowel.map((text) => ({ text, afterVowel: true })),
  ];
}

// All forms are in match-key spelling (ی, ک, no ZWNJ).
const SLOTS: readonly Suffix[][] = [
  slot(['تر', 'ترین']),
  slot(['ها', 'های', 'هایی', 'ان', 'ات'], ['یان']),
  slot(['م', 'ت', 'ش', 'مان', 'تان', 'شان', 'ام', 'ات', 'اش'], ['یم', 'یت', 'یش', 'یمان', 'یتان', 'یشان']),
  slot(['ی', 'ای', 'یی']),
];

// The matcher asks about every term that ends mid-word, and most suffixes start with common letters
// (ا ی ه م ت ش), so forms are indexed by slot and first letter (all first letters are in U+0600–U+06FF).
const BLOCK = 0x0600;
const BY_FIRST: Suffix[][][] = SLOTS.map((forms) => {
  const index: Suffix[][] = Array.from({ length: 256 }, () => []);
  for (const f of forms) (index[f.text.charCodeAt(0) - BLOCK] as Suffix[]).push(f);
  return index;
});

/** True when `at` ends a word: end of key, or a non-word char next (an optional ZWNJ before it is ignored). */
export function isWordEnd(key: string, at: number, word: Uint8Array): boolean {
  let p = at;
  if (key.charCodeAt(p) === KEY_ZWNJ) p++;
  return p >= key.length || word[key.charCodeAt(p)] !== 1;
}

/**
 * If the key from `at` (just past a term's last char) is a chain of one or more suffixes that runs to the
 * end of the word, the index just past the chain; otherwise -1.
 */
export function suffixChainEnd(key: string, at: number, word: Uint8Array): number {
  return chain(key, at, 0, word);
}

function chain(key: string, at: number, firstSlot: number, word: Uint8Array): number {
  const from = key.charCodeAt(at) === KEY_ZWNJ ? at + 1 : at;
  const first = key.charCodeAt(from) - BLOCK;
  if (!(first >= 0 && first < 256)) return -1; // also NaN past the end
  const before = key.charCodeAt(at - 1);
  const vowelBefore = before === ALEF || before === WAW;
  for (let s = firstSlot; s < BY_FIRST.length; s++) {
    for (const suffix of (BY_FIRST[s] as Suffix[][])[first] as Suffix[]) {
      if (suffix.afterVowel && !vowelBefore) continue;
      if (!key.startsWith(suffix.text, from)) continue;
      const end = from + suffix.text.length;
      if (isWordEnd(key, end, word)) return end;
      const next = chain(key, end, s + 1, word);
      if (next >= 0) return next;
    }
  }
  return -1;
}
