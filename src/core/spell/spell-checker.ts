/**
 * English spell checking over a Hunspell dictionary (nspell reads Hunspell .aff/.dic files, so the
 * maintained dictionary-en / dictionary-en-gb packages plug in as they are). Known words on top of the
 * dictionary: every word of the glossary's English terms (names such as «Rouhani», «Majlis», «Basij»)
 * and the user's own dictionary. Pure: the caller reads the dictionary files and passes their text.
 */
import nspell from 'nspell';
import { englishWords, type WordRange } from './english-words';

export type SpellDialect = 'en-US' | 'en-GB';
export const SPELL_DIALECTS: readonly SpellDialect[] = ['en-US', 'en-GB'];

export interface HunspellText {
  aff: string;
  dic: string;
}

export interface SpellChecker {
  /** Misspelt words of one text, left to right. */
  check(text: string): WordRange[];
  /** Up to `max` suggestions for one word, best first. */
  suggest(word: string, max?: number): string[];
  /** Adds words the checker must accept (glossary terms, the user's dictionary). */
  addKnown(words: Iterable<string>): void;
  isKnown(word: string): boolean;
}

/** Splits known phrases («Joint Comprehensive Plan of Action») into the words the checker compares. */
export function knownWordsOf(phrases: Iterable<string>): string[] {
  const out: string[] = [];
  for (const p of phrases) for (const w of englishWords(p)) out.push(w.word);
  return out;
}

const APOSTROPHE = /’/g;

export function createSpellChecker(dict: HunspellText, known: Iterable<string> = []): SpellChecker {
  const engine = nspell(dict.aff, dict.dic);
  // Lower-cased as well as exact: a glossary name is right at the start of a sentence and inside it.
  const extra = new Set<string>();
  const cache = new Map<string, boolean>();
  const isKnown = (word: string): boolean => {
    const w = word.replace(APOSTROPHE, "'");
    const hit = cache.get(w);
    if (hit !== undefined) return hit;
    const ok =
      extra.has(w) ||
      extra.has(w.toLowerCase()) ||
      engine.correct(w) ||
      // Possessive of a known name: «Khamenei's».
      (/'s$/i.test(w) && isKnown(w.slice(0, -2)));
    if (cache.size > 20_000) cache.clear();
    cache.set(w, ok);
    return ok;
  };
  const checker: SpellChecker = {
    check: (text) => englishWords(text).filter((w) => !isKnown(w.word)),
    suggest: (word, max = 5) => engine.suggest(word.replace(APOSTROPHE, "'")).slice(0, max),
    addKnown(words) {
      for (const w of knownWordsOf(words)) {
        extra.add(w);
        extra.add(w.toLowerCase());
      }
      cache.clear();
    },
    isKnown,
  };
  checker.addKnown(known);
  return checker;
}
