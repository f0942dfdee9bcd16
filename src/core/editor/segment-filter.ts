/**
 * The editor's segment filters (status, QA findings, a glossary term, a text) and navigation that stays
 * inside the filter. Pure: the renderer passes what it already holds (segments, QA finding indexes, term
 * hits per segment).
 */
import type { SegmentStatus } from '../../shared/model';
import { foldForSearch } from '../text/normalize';

export interface SegmentFilter {
  /** Keep segments whose status is one of these (empty or absent: any status). */
  statuses?: readonly SegmentStatus[] | undefined;
  /** Keep segments with at least one QA finding. */
  withQa?: boolean | undefined;
  /** Keep segments where this glossary entry was recognised in the source. */
  entryId?: number | undefined;
  /** Keep segments whose source (any Persian spelling) or target (case-insensitive) contains this text. */
  text?: string | undefined;
}

export interface FilterableSegment {
  index: number;
  source: string;
  target: string;
  status: SegmentStatus;
}

export interface FilterContext {
  /** Indexes of segments with QA findings. */
  qaIndexes?: ReadonlySet<number> | undefined;
  /** Entry ids recognised per segment index. */
  entriesByIndex?: ReadonlyMap<number, ReadonlySet<number>> | undefined;
}

export function isFilterActive(filter: SegmentFilter): boolean {
  return (
    (filter.statuses?.length ?? 0) > 0 ||
    filter.withQa === true ||
    filter.entryId !== undefined ||
    (filter.text ?? '').trim() !== ''
  );
}

/** Returns the indexes of the segments the filter keeps, in document order. */
export function filterSegments(
  segments: readonly FilterableSegment[],
  filter: SegmentFilter,
  ctx: FilterContext = {},
): number[] {
  const statuses = filter.statuses?.length ? new Set(filter.statuses) : undefined;
  const query = (filter.text ?? '').trim();
  const sourceQuery = query ? foldForSearch(query) : '';
  const targetQuery = query.toLocaleLowerCase('en');
  const kept: number[] = [];
  for (const s of segments) {
    if (statuses && !statuses.has(s.status)) continue;
    if (filter.withQa && !ctx.qaIndexes?.has(s.index)) continue;
    if (filter.entryId !== undefined && !ctx.entriesByIndex?.get(s.index)?.has(filter.entryId)) continue;
    if (
      query &&
      !foldForSearch(s.source).includes(sourceQuery) &&
      !s.target.toLocaleLowerCase('en').includes(targetQuery)
    )
      continue;
    kept.push(s.index);
  }
  return kept;
}

/**
 * The next (dir 1) or previous (dir -1) kept index from `current`, which need not itself be kept; undefined
 * at either end, so the caller can say "no more segments in the filter" instead of wrapping silently.
 */
export function stepInFilter(kept: readonly number[], current: number, dir: 1 | -1): number | undefined {
  if (dir === 1) return kept.find((i) => i > current);
  for (let k = kept.length - 1; k >= 0; k--) {
    const i = kept[k];
    if (i !== undefined && i < current) return i;
  }
  return undefined;
}
