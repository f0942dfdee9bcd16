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

/** ZWNJ and space are one separator for finding: «بین‌المللی» and «بین المللی» are the same word. */
function sep(key: string): string {
  return key.includes('\u200c') ? key.replace(/\u200c/g, ' ') : key;
}

function isWordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const cls = charClassAt(text, i);
  return cls === CharClass.Letter || cls === CharClass.Mark || cls === CharClass.Digit;
}

function sourceFinder(query: string, wholeWord: boolean): Finder {
  const needle = sep(normalizeForMatch(query).key).trim();
  if (needle === '')
    throw new AppError('validation', { field: 'query', message: 'the search text is empty' });
  return (text) => {
    const mk = normalizeForMatch(text);
    const hay = sep(mk.key);
    const out: FindRange[] = [];
    for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + needle.length)) {
      const start = mk.starts[at] ?? 0;
      const end = mk.ends[at + needle.length - 1] ?? text.length;
      if (wholeWord) {
        const before = at > 0 ? hay.charCodeAt(at - 1) : KEY_SPACE;
        const after = at + needle.length < hay.length ? hay.charCodeAt(at + needle.length) : KEY_SPACE;
        const boundary = (c: number, i: number) => c === KEY_SPACE || c === KEY_ZWNJ || !isWordAt(text, i);
        if (!boundary(before, start - 1) || !boundary(after, end)) continue;
      }
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
