/**
 * Analysis bands, the table translators quote prices from: repetitions, 100%, 95–99, 85–94, 75–84,
 * 50–74, no match. A segment is a repetition when an earlier segment of the analysed set has the same
 * exact key (words.ts); its first occurrence is banded by its best memory match. Words are word and number
 * tokens, so ZWNJ-joined parts («می‌شود») are one word.
 */
import { TM_BANDS as BANDS, type Band } from '../../shared/tm';
import { tokenize } from '../text/tokenize';

export { BANDS, type Band };

export interface BandCount {
  band: Band;
  segments: number;
  words: number;
}

export function bandOf(score: number | undefined): Band {
  if (score === undefined || score < 50) return 'none';
  if (score >= 100) return '100';
  if (score >= 95) return '95-99';
  if (score >= 85) return '85-94';
  if (score >= 75) return '75-84';
  return '50-74';
}

export function wordCount(text: string): number {
  let n = 0;
  for (const t of tokenize(text)) if (t.kind !== 'punct') n++;
  return n;
}

export function emptyBands(): BandCount[] {
  return BANDS.map((band) => ({ band, segments: 0, words: 0 }));
}

export interface AnalysedSegment {
  /** Exact key of the source (words.ts). */
  key: string;
  words: number;
  /** Best memory score, if any match at or above 50. */
  best: number | undefined;
}

/** Counts per band; `seen` carries exact keys across calls so "all documents" sees cross-document repeats. */
export function countBands(segments: Iterable<AnalysedSegment>, seen: Set<string> = new Set()): BandCount[] {
  const rows = emptyBands();
  const at = new Map(rows.map((r) => [r.band, r]));
  for (const s of segments) {
    if (s.key === '') continue;
    const band: Band = seen.has(s.key) ? 'repetition' : bandOf(s.best);
    seen.add(s.key);
    const row = at.get(band) as BandCount;
    row.segments++;
    row.words += s.words;
  }
  return rows;
}

export function addBands(into: BandCount[], more: readonly BandCount[]): BandCount[] {
  for (const r of more) {
    const row = into.find((x) => x.band === r.band);
    if (row) {
      row.segments += r.segments;
      row.words += r.words;
    }
  }
  return into;
}
