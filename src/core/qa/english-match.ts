/**
 * Finds an English glossary term in an English target the way a reviewer would: ignoring case, plural and
 * possessive endings ("Major Generals", "JCPOA's", "Generals'"), and hyphen/space variation
 * ("Major-General" = "Major General"), but only on word boundaries ("Iran" is not in "Iranian").
 *
 * Short all-capital acronyms in a term ("US", "UN") are the exception to case folding: the target must
 * write them in capitals too, or "US" would be found in "a partner for us" (while "Iran" is found in a
 * headline's "IRAN").
 *
 * Both sides are cut into word tokens, each reduced to a comparison key; a term matches where its keys
 * occur consecutively in the target and the separators between them agree (space and hyphen are the same
 * separator; any other punctuation must be the same punctuation, so "3+3" is not "3 3").
 */
import { charClassAt, charLengthAt, isAlnumClass } from '../text/char-class';

export interface TextRange {
  start: number;
  end: number;
}

/**
 * A text cut into tokens, as parallel arrays of small integers: word keys and separators are interned, so a
 * search compares numbers, not strings. Internal: the ids are only meaningful until the intern tables reset.
 */
interface Prepared {
  /** Interned key of each token. */
  keys: number[];
  /** Interned separator before each token: 0 for space/hyphen/nothing, else its punctuation (spaces removed). */
  gaps: number[];
  /** 1 when the token is a short all-capital word ("US", "UN"); in a term it must meet one in the target. */
  caps: number[];
  starts: number[];
  ends: number[];
}

const SHORT_ACRONYM = /^[A-Z]{2,4}(?:s|['’]s|['’])?$/;
const APOSTROPHES = new Set([0x27, 0x2019, 0x02bc]);
// Space-like separators inside a multi-word term. The en dash is here because "Major–General" is a
// typing slip, not a different term; the em dash separates clauses and stays punctuation.
const JOINERS = /[\s\u00a0\u200b\u2060\ufeff\-\u2010-\u2013]|\u200c|\u200d/gu;

function isApostropheAt(text: string, i: number): boolean {
  return APOSTROPHES.has(text.charCodeAt(i));
}

// ASCII letters and digits by table: English targets are nearly all ASCII, and this runs per character.
const ASCII_ALNUM = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_ALNUM[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0;

/** Length of the letter/mark/digit character at `i`, or 0 if there is none. */
function alnumLengthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_ALNUM[c] ?? 0;
  if (Number.isNaN(c)) return 0;
  return isAlnumClass(charClassAt(text, i)) ? charLengthAt(text, i) : 0;
}

function isAlnumAt(text: string, i: number): boolean {
  return i >= 0 && alnumLengthAt(text, i) > 0;
}

/** Persian and Arabic-Indic digits compare equal to ASCII ones. */
function foldDigits(s: string): string {
  return s.replace(/[\u06f0-\u06f9\u0660-\u0669]/gu, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

/**
 * The comparison key of one word: lower case, accents and possessive removed, and plural and singular
 * brought to one form. Both sides go through the same function, so the form only has to be consistent,
 * not a real stem: "church"/"churches" → "churche", "Belarus"/"Belarus's" → "belaruse".
 */
export function englishWordKey(word: string): string {
  let w = word.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(w))
    w = foldDigits(w.normalize('NFD').replace(/\p{M}/gu, '')).replace(/[\u2019\u02bc]/g, "'");
  if (w.endsWith("'s")) w = w.slice(0, -2);
  else if (w.endsWith("'")) w = w.slice(0, -1);
  const n = w.length;
  // men/women/servicemen; not "omen" (which would become "Oman").
  if (w === 'men' || (n >= 5 && w.endsWith('men'))) return `${w.slice(0, -3)}man`;
  if (n > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`; // countries → country
  // "ss", "is", "us" end singulars (class, crisis, Belarus), not plurals; short words (gas, its, was) stay.
  if (n > 3 && w.endsWith('s') && !/(?:ss|is|us)$/.test(w)) w = w.slice(0, -1);
  // Singulars whose plural takes "-es" get the "e" so both forms meet: box/boxes, class/classes, status/statuses.
  if (/(?:ch|sh|x|z|ss)$/.test(w) || (w.length > 3 && w.endsWith('us'))) w += 'e';
  return w;
}

// Intern tables: raw word → (key id << 1 | caps), key → id, separator → id. Reset (with every cache
// holding ids) when they grow past INTERN_LIMIT, so a long session cannot grow them without bound.
const INTERN_LIMIT = 500_000;
const wordIds = new Map<string, number>();
const keyIds = new Map<string, number>();
const gapIds = new Map<string, number>([['', 0]]);

function wordId(word: string): number {
  let id = wordIds.get(word);
  if (id === undefined) {
    const key = englishWordKey(word);
    let k = keyIds.get(key);
    if (k === undefined) {
      k = keyIds.size;
      keyIds.set(key, k);
    }
    id = (k << 1) | (word.length <= 6 && SHORT_ACRONYM.test(word) ? 1 : 0);
    wordIds.set(word, id);
  }
  return id;
}

function gapId(gap: string): number {
  if (gap === ' ') return 0;
  const folded = gap.replace(JOINERS, '');
  let id = gapIds.get(folded);
  if (id === undefined) {
    id = gapIds.size;
    gapIds.set(folded, id);
  }
  return id;
}

/** Cuts English text into word tokens with their keys and the separators between them. */
function prepare(text: string): Prepared {
  const out: Prepared = { keys: [], gaps: [], caps: [], starts: [], ends: [] };
  const n = text.length;
  let i = 0;
  let prevEnd = 0;
  while (i < n) {
    if (alnumLengthAt(text, i) === 0) {
      i += 1; // a lone surrogate half is skipped one unit at a time: fine for separators
      continue;
    }
    const start = i;
    for (;;) {
      let len: number;
      while (i < n && (len = alnumLengthAt(text, i)) > 0) i += len;
      // An apostrophe between letters stays in the word: "JCPOA's", "O'Brien".
      if (i < n && isApostropheAt(text, i) && isAlnumAt(text, i + 1)) {
        i += 1;
        continue;
      }
      break;
    }
    // Plural possessive: "Generals'" keeps its apostrophe so the key drops it with the plural.
    if (
      i < n &&
      isApostropheAt(text, i) &&
      (text[i - 1] === 's' || text[i - 1] === 'S') &&
      !isAlnumAt(text, i + 1)
    )
      i += 1;
    const id = wordId(text.slice(start, i));
    out.gaps.push(out.keys.length === 0 ? 0 : gapId(text.slice(prevEnd, start)));
    out.keys.push(id >> 1);
    out.caps.push(id & 1);
    out.starts.push(start);
    out.ends.push(i);
    prevEnd = i;
  }
  return out;
}

const NONE: readonly TextRange[] = Object.freeze([]);

/** Occurrences of `term` in `target`, left to right, not overlapping. */
function findPrepared(target: Prepared, term: Prepared): readonly TextRange[] {
  const k = term.keys.length;
  if (k === 0) return NONE;
  let found: TextRange[] | undefined;
  const tk = target.keys;
  const first = term.keys[0];
  const last = tk.length - k;
  for (let i = 0; i <= last; i++) {
    if (tk[i] !== first || (term.caps[0] === 1 && target.caps[i] === 0)) continue;
    let j = 1;
    while (
      j < k &&
      tk[i + j] === term.keys[j] &&
      target.gaps[i + j] === term.gaps[j] &&
      (term.caps[j] === 0 || target.caps[i + j] === 1)
    ) {
      j++;
    }
    if (j < k) continue;
    (found ??= []).push({ start: target.starts[i] ?? 0, end: target.ends[i + k - 1] ?? 0 });
    i += k - 1;
  }
  // Most searches find nothing: share one empty result instead of allocating one per search.
  return found ?? NONE;
}

// Checks ask about the same target many times in a row (once per English term of every hit) and about the
// same few thousand glossary terms across a whole run: remember the last target and every term.
interface PreparedTerm {
  full: Prepared;
  /** For "Islamic Revolution Guards Corps (IRGC)": the words before the parenthesis, which a target may use alone. */
  head: Prepared | null;
}

const termCache = new Map<string, PreparedTerm>();
let lastTarget = '';
let lastPrepared: Prepared = prepare('');
const TRAILING_PARENTHESIS = /^(.*\S)\s*\([^()]*\)\s*$/u;

function resetIfFull(): void {
  if (wordIds.size < INTERN_LIMIT && termCache.size < INTERN_LIMIT) return;
  wordIds.clear();
  keyIds.clear();
  gapIds.clear();
  gapIds.set('', 0);
  termCache.clear();
  lastTarget = '';
  lastPrepared = prepare('');
}

function preparedTarget(target: string): Prepared {
  if (target !== lastTarget) {
    lastPrepared = prepare(target);
    lastTarget = target;
  }
  return lastPrepared;
}

function preparedTerm(term: string): PreparedTerm {
  let p = termCache.get(term);
  if (!p) {
    const head = TRAILING_PARENTHESIS.exec(term)?.[1];
    p = { full: prepare(term), head: head ? prepare(head) : null };
    termCache.set(term, p);
  }
  return p;
}

/**
 * Every occurrence of an English term in a target, tolerant of case, plural, possessive and hyphens. A
 * term with a trailing parenthesis ("Supreme National Security Council (SNSC)") is also found without it.
 */
export function englishFindAll(target: string, term: string): readonly TextRange[] {
  resetIfFull();
  const t = preparedTarget(target);
  const p = preparedTerm(term);
  const found = findPrepared(t, p.full);
  return found.length > 0 || !p.head ? found : findPrepared(t, p.head);
}

/**
 * Cheap pre-test for doubled-word: are two neighbouring words of `target` the same word (same key, only a
 * space or hyphen between)? Reuses the tokens the term checks already made for this target. It may say yes
 * for "general generals" (keys fold plurals); the check itself then decides.
 */
export function mayHaveRepeatedWord(target: string): boolean {
  resetIfFull();
  const { keys, gaps } = preparedTarget(target);
  for (let i = 1; i < keys.length; i++) if (keys[i] === keys[i - 1] && gaps[i] === 0) return true;
  return false;
}

/** The first occurrence of an English term in a target, or null. */
export function englishContains(target: string, term: string): TextRange | null {
  return englishFindAll(target, term)[0] ?? null;
}
