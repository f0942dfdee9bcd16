/**
 * Find across documents. Persian sources are searched through the glossary's match keys, so any spelling
 * of a word finds it (ي/ی, ك/ک, harakat, ZWNJ or space between the parts); English targets are searched as
 * plain text, whole words, case-sensitive or as a (guarded) regular expression.
 */
import { AppError } from '../../shared/errors';
import type { SegmentStatus } from '../../shared/model';
import { CharClass, charClassAt } from '../text/char-class';
import { KEY_SPACE, KEY_ZWNJ, normalizeForMatch } from '../text/normalize';
import { compileUserRegex } from './safe-regex';

export interface FindOptions {
  field: 'source' | 'target';
  wholeWord?: boolean | undefined;
  /** Targets only; sources are always matched through their folded key. */
  caseSensitive?: boolean | undefined;
  /** Targets only. */
  regex?: boolean | undefined;
}

export interface FindRange {
  start: number;
  end: number;
}

/** Returns the ranges of every match in one text, left to right, non-overlapping. */
export type Finder = (text: string) => FindRange[];

export interface FindSegment {
  documentId: number;
  documentName: string;
  index: number;
  source: string;
  target: string;
  status: SegmentStatus;
}

export interface FindHit {
  documentId: number;
  documentName: string;
  index: number;
  field: 'source' | 'target';
  start: number;
  end: number;
  /** The whole segment text searched, so a result list can show the match in context. */
  text: string;
  status: SegmentStatus;
}

export interface FindLimits {
  /** Stop collecting after this many hits (the result says it was truncated). */
  maxHits: number;
  /** Milliseconds; a search still running after this is an error, not a frozen app. */
  budgetMs: number;
  now: () => number;
}

export const DEFAULT_FIND_LIMITS: FindLimits = { maxHits: 5000, budgetMs: 2000, now: () => Date.now() };

const WORD = '[\\p{L}\\p{M}\\p{N}_\\u200c]';

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A match key with its separators (space, ZWNJ) taken out, so «رئیس‌جمهور», «رئیس جمهور» and
 * «رئیسجمهور» all read the same; `keyAt` maps back into the key and `splitBefore` remembers where a
 * separator stood, so a match can still be judged by the words it covers.
 */
interface Compact {
  text: string;
  keyAt: number[];
  splitBefore: boolean[];
}

function compact(key: string): Compact {
  let text = '';
  const keyAt: number[] = [];
  const splitBefore: boolean[] = [];
  let split = false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === KEY_SPACE || c === KEY_ZWNJ) {
      split = text.length > 0;
      continue;
    }
    text += key[i];
    keyAt.push(i);
    splitBefore.push(split);
    split = false;
  }
  return { text, keyAt, splitBefore };
}

function isWordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const cls = charClassAt(text, i);
  return cls === CharClass.Letter || cls === CharClass.Mark || cls === CharClass.Digit;
}

function sourceFinder(query: string, wholeWord: boolean): Finder {
  const needle = compact(normalizeForMatch(query).key);
  const len = needle.text.length;
  if (len === 0) throw new AppError('validation', { field: 'query', message: 'the search text is empty' });
  return (text) => {
    const mk = normalizeForMatch(text);
    const hay = compact(mk.key);
    const startsWord = (c: number) =>
      c === 0 || hay.splitBefore[c] === true || !isWordAt(text, (mk.starts[hay.keyAt[c] ?? 0] ?? 0) - 1);
    const endsWord = (c: number) =>
      c === hay.text.length ||
      hay.splitBefore[c] === true ||
      !isWordAt(text, mk.ends[hay.keyAt[c - 1] ?? 0] ?? text.length);
    const out: FindRange[] = [];
    for (let at = hay.text.indexOf(needle.text); at !== -1; at = hay.text.indexOf(needle.text, at + len)) {
      // The text splits a word the query writes joined («رئیس جمهور» for «رئیسجمهور»): accept it only when
      // the match covers whole words, so a short query never matches across the gap between two words.
      let extraSplit = false;
      for (let j = 1; j < len && !extraSplit; j++)
        extraSplit = hay.splitBefore[at + j] === true && !needle.splitBefore[j];
      const whole = startsWord(at) && endsWord(at + len);
      if ((wholeWord || extraSplit) && !whole) continue;
      const start = mk.starts[hay.keyAt[at] ?? 0] ?? 0;
      const end = mk.ends[hay.keyAt[at + len - 1] ?? 0] ?? text.length;
      out.push({ start, end });
    }
    return out;
  };
}

/** The RegExp a target search runs (global, unicode); exported for replace, which needs the same one. */
export function targetRegex(query: string, opts: FindOptions): RegExp {
  if (query === '') throw new AppError('validation', { field: 'query', message: 'the search text is empty' });
  let pattern = opts.regex ? query : escapeRegex(query);
  if (opts.wholeWord) pattern = `(?<!${WORD})(?:${pattern})(?!${WORD})`;
  const flags = `gu${opts.caseSensitive ? '' : 'i'}`;
  return opts.regex ? compileUserRegex(pattern, flags) : new RegExp(pattern, flags);
}

function targetFinder(query: string, opts: FindOptions): Finder {
  const re = targetRegex(query, opts);
  return (text) => {
    const out: FindRange[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // An empty match («^», «a*») would loop forever; step past it and do not report it.
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      out.push({ start: m.index, end: m.index + m[0].length });
    }
    return out;
  };
}

export function compileFinder(query: string, opts: FindOptions): Finder {
  return opts.field === 'source' ? sourceFinder(query, opts.wholeWord ?? false) : targetFinder(query, opts);
}

/** Runs a finder over segments of any number of documents. */
export function findInSegments(
  segments: Iterable<FindSegment>,
  finder: Finder,
  field: 'source' | 'target',
  limits: FindLimits = DEFAULT_FIND_LIMITS,
): { hits: FindHit[]; truncated: boolean } {
  const started = limits.now();
  const hits: FindHit[] = [];
  for (const s of segments) {
    const text = field === 'source' ? s.source : s.target;
    for (const r of finder(text)) {
      if (hits.length >= limits.maxHits) return { hits, truncated: true };
      hits.push({
        documentId: s.documentId,
        documentName: s.documentName,
        index: s.index,
        field,
        ...r,
        text,
        status: s.status,
      });
    }
    if (limits.now() - started > limits.budgetMs) {
      throw new AppError('validation', {
        field: 'query',
        message: `the search took longer than ${limits.budgetMs / 1000} s; make it more specific`,
      });
    }
  }
  return { hits, truncated: false };
}
