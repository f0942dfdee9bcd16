/**
 * Word and character counts for the document list, the editor header and the project total.
 *
 * A word is a run of letters, marks and digits. ZWNJ (and ZWSP, which Persian typists use as one) joins
 * the parts of one Persian word («می‌روم», «کتاب‌ها»), so it never splits a word; an apostrophe or hyphen
 * between two letters keeps an English word whole («don't», «well-known»), as CAT tools count them.
 */
import { CharClass, charClassAt, charLengthAt } from '../text/char-class';
import type { SegmentStatus } from '../../shared/model';
import { isConfirmedStatus } from './statuses';

export interface TextCount {
  words: number;
  /** Visible characters: spaces and invisible format characters (ZWNJ, bidi marks) are not counted. */
  characters: number;
}

export interface CountTotals extends TextCount {
  segments: number;
  /** Source words of confirmed segments (translated, reviewed or final). */
  confirmedWords: number;
}

const JOINERS = new Set([0x200c, 0x200b]);
const INNER = new Set([0x27, 0x2019, 0x2d, 0x2010, 0x2011]);

function isWordChar(cls: CharClass): boolean {
  return cls === CharClass.Letter || cls === CharClass.Mark || cls === CharClass.Digit;
}

/** Counts the words and visible characters of one text. */
export function countText(text: string): TextCount {
  let words = 0;
  let characters = 0;
  let inWord = false;
  for (let i = 0; i < text.length;) {
    const len = charLengthAt(text, i);
    const cls = charClassAt(text, i);
    const unit = text.charCodeAt(i);
    if (cls !== CharClass.Space && cls !== CharClass.Format) characters++;
    if (isWordChar(cls)) {
      if (!inWord) words++;
      inWord = true;
    } else if (inWord && (JOINERS.has(unit) || INNER.has(unit))) {
      // Stays in the word only if a word character follows: «کتاب‌» at a line end is still one word.
      const next = i + len < text.length ? charClassAt(text, i + len) : CharClass.Space;
      inWord = isWordChar(next);
    } else {
      inWord = false;
    }
    i += len;
  }
  return { words, characters };
}

/** Totals over segments (a document, or every document of a project). */
export function countSegments(segments: Iterable<{ source: string; status: SegmentStatus }>): CountTotals {
  const totals: CountTotals = { segments: 0, words: 0, characters: 0, confirmedWords: 0 };
  for (const s of segments) {
    const c = countText(s.source);
    totals.segments++;
    totals.words += c.words;
    totals.characters += c.characters;
    if (isConfirmedStatus(s.status)) totals.confirmedWords += c.words;
  }
  return totals;
}

/** Adds totals (documents into a project). */
export function addTotals(a: CountTotals, b: CountTotals): CountTotals {
  return {
    segments: a.segments + b.segments,
    words: a.words + b.words,
    characters: a.characters + b.characters,
    confirmedWords: a.confirmedWords + b.confirmedWords,
  };
}
