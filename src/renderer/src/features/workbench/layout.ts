import type { Segment } from '../../../../shared/model';

/**
 * Both panes show one segment per line and one blank separator line between paragraphs, so line N of
 * the Persian pane and line N of the English pane are always the same segment.
 */
export interface PaneLayout {
  /** 1-based editor line of each segment (by position in the segments array). */
  lineOfSegment: Int32Array;
  /** Segment position for each 1-based line (index 0 unused); -1 on separator lines. */
  segmentOfLine: Int32Array;
  lineCount: number;
}

export function buildLayout(segments: readonly Pick<Segment, 'paragraph'>[]): PaneLayout {
  const lineOfSegment = new Int32Array(segments.length);
  const lines: number[] = [-1];
  let prevParagraph: number | null = null;
  segments.forEach((seg, i) => {
    if (prevParagraph !== null && seg.paragraph !== prevParagraph) lines.push(-1);
    prevParagraph = seg.paragraph;
    lines.push(i);
    lineOfSegment[i] = lines.length - 1;
  });
  if (segments.length === 0) lines.push(-1);
  return { lineOfSegment, segmentOfLine: Int32Array.from(lines), lineCount: lines.length - 1 };
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
