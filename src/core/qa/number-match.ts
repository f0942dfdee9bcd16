/**
 * Pairs the numbers of a source with those of its target, once per segment, for number-missing and
 * number-extra. Comparison is by value sets, not counts: a translation may legitimately repeat or merge a
 * repeated number, and a count mismatch that matters also shows up as an extra or missing value.
 */
import { englishNumberWords, persianNumberWords } from './number-words';
import { extractNumbers, type NumberToken } from './numbers';
import type { QaSegment } from './types';

export interface NumberComparison {
  missing: NumberToken[];
  /** Target numbers with no counterpart in the source, minus those that stand in for a missing one. */
  extra: NumberToken[];
  /**
   * A source number rendered as another number ("30 years" → "13 years"): one problem, so one finding.
   * Missing and extra numbers are paired in order of appearance.
   */
  changed: Map<NumberToken, NumberToken>;
}

/**
 * The Gregorian years a Solar Hijri year may stand for. 1401 began on 21 March 2022 and ended on 20 March
 * 2023: months 1–9 (فروردین–آذر) fall in 2022, بهمن and اسفند in 2023, and دی straddles the new year.
 */
export function gregorianYears(hijri: number, month: number | null = null): string[] {
  if (month === null || month === 10) return [String(hijri + 621), String(hijri + 622)];
  return [String(hijri + (month <= 9 ? 621 : 622))];
}

const yearsOf = (n: NumberToken): string[] =>
  n.hijriYear === null ? [] : gregorianYears(n.hijriYear, n.hijriMonth);

function compare(source: string, target: string): NumberComparison {
  const src = extractNumbers(source, 'fa');
  const tgt = extractNumbers(target, 'en');
  if (src.length === 0 && tgt.length === 0) return { missing: [], extra: [], changed: new Map() };
  const srcValues = new Set(src.flatMap((n) => n.values));
  const tgtValues = new Set(tgt.flatMap((n) => n.values));
  // A Gregorian year in the target may stand for a Hijri year of the source, unless the source itself
  // has that Gregorian year (then it is that year's rendering, not the Hijri one's).
  const yearStandIns = new Set(src.flatMap(yearsOf).filter((y) => !srcValues.has(y)));
  let words: Set<string> | undefined;
  const missing = src.filter((n) => {
    if (n.values.some((v) => tgtValues.has(v))) return false;
    if (yearsOf(n).some((y) => yearStandIns.has(y) && tgtValues.has(y))) return false;
    words ??= englishNumberWords(target);
    return !n.values.some((v) => words?.has(v));
  });
  let faWords: Set<string> | undefined;
  const extra = tgt.filter((n) => {
    if (n.values.some((v) => srcValues.has(v) || yearStandIns.has(v))) return false;
    faWords ??= persianNumberWords(source);
    return !n.values.some((v) => faWords?.has(v));
  });
  const m = firstOfEachValue(missing);
  const x = firstOfEachValue(extra);
  const changed = new Map<NumberToken, NumberToken>();
  for (let i = 0; i < Math.min(m.length, x.length); i++)
    changed.set(m[i] as NumberToken, x[i] as NumberToken);
  return { missing: m, extra: x.slice(changed.size), changed };
}

/** "3+3" rendered "2+2" is one missing 3 and one extra 2, not two of each. */
function firstOfEachValue(list: NumberToken[]): NumberToken[] {
  const seen = new Set<string>();
  return list.filter((n) => {
    const v = n.values[0] ?? n.raw;
    if (seen.has(v)) return false;
    seen.add(v);
    return true;
  });
}

const memo = new WeakMap<QaSegment, { source: string; target: string; result: NumberComparison }>();

export function compareNumbers(seg: QaSegment): NumberComparison {
  const cached = memo.get(seg);
  if (cached && cached.source === seg.source && cached.target === seg.target) return cached.result;
  const result = compare(seg.source, seg.target);
  memo.set(seg, { source: seg.source, target: seg.target, result });
  return result;
}
