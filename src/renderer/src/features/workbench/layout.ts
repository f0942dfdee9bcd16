import type { Segment } from '../../../../shared/model';

/**
 * Both panes show one segment per line and one blank separator line between paragraphs, so line N of
 * the Persian pane and line N of the English pane are always the same segment. A pane may hold a
 * window of a long document (segments first … first + count - 1).
 */
export interface PaneLayout {
  /** Position (in the whole document) of the window's first segment. */
  first: number;
  /** Segments in the window. */
  count: number;
  /** 1-based editor line of each segment of the window (by position - first). */
  lineOfSegment: Int32Array;
  /** Document position of the segment on each 1-based line (index 0 unused); -1 on separator lines. */
  segmentOfLine: Int32Array;
  lineCount: number;
}

export function buildLayout(
  segments: readonly Pick<Segment, 'paragraph'>[],
  first = 0,
  count = segments.length - first,
): PaneLayout {
  const n = Math.max(0, Math.min(count, segments.length - first));
  const lineOfSegment = new Int32Array(n);
  const lines: number[] = [-1];
  let prevParagraph: number | null = null;
  for (let i = 0; i < n; i++) {
    const seg = segments[first + i];
    if (!seg) break;
    if (prevParagraph !== null && seg.paragraph !== prevParagraph) lines.push(-1);
    prevParagraph = seg.paragraph;
    lines.push(first + i);
    lineOfSegment[i] = lines.length - 1;
  }
  if (n === 0) lines.push(-1);
  return {
    first,
    count: n,
    lineOfSegment,
    segmentOfLine: Int32Array.from(lines),
    lineCount: lines.length - 1,
  };
}

/** The editor line of a document position, or undefined when it lies outside the window. */
export function lineOf(layout: PaneLayout, pos: number): number | undefined {
  if (pos < layout.first || pos >= layout.first + layout.count) return undefined;
  return layout.lineOfSegment[pos - layout.first];
}

/** The model text of a pane: each segment's text on its line, separators empty. */
export function paneText(layout: PaneLayout, textOf: (segmentPos: number) => string): string {
  const out: string[] = [];
  for (let line = 1; line <= layout.lineCount; line++) {
    const seg = layout.segmentOfLine[line] ?? -1;
    out.push(seg < 0 ? '' : textOf(seg));
  }
  return out.join('\n');
}

/** Nearest segment line at or after `line` in `direction`, or null past either end. */
export function segmentLineFrom(layout: PaneLayout, line: number, direction: 1 | -1): number | null {
  for (let l = line; l >= 1 && l <= layout.lineCount; l += direction) {
    if ((layout.segmentOfLine[l] ?? -1) >= 0) return l;
  }
  return null;
}

/**
 * Long documents are edited a window at a time: Monaco measures the wrapping of every line of a model
 * in the DOM when it is opened (≈1.5 ms per Persian segment here), so a bounded window bounds the open
 * time. Windows are fixed pages, so a segment always lands in the same one.
 */
export const WINDOW_SIZE = 250;

export function windowOf(pos: number, total: number, size = WINDOW_SIZE): { first: number; count: number } {
  if (total <= size * 1.2) return { first: 0, count: total };
  const first = Math.floor(Math.max(0, Math.min(pos, total - 1)) / size) * size;
  return { first, count: Math.min(size, total - first) };
}
