/**
 * The English pane must keep exactly one line per segment. These helpers are the pure half of that
 * guard; the editor half intercepts Enter / paste / line-joining deletes and, as a safety net, repairs
 * any edit that still changed the line structure.
 */

/** A segment is one line: pasted or dropped newlines (and tabs) become single spaces. */
export function foldNewlines(text: string): string {
  return text.replace(/[ \t]*(?:\r\n|[\r\n\u2028\u2029\u0085\t])+[ \t]*/g, ' ');
}

/**
 * Smallest line region that differs between two versions of a pane, as 1-based inclusive line ranges
 * in each (end < start means the region is empty on that side). Null when nothing differs.
 */
export function changedRegion(
  before: readonly string[],
  after: readonly string[],
): { start: number; beforeEnd: number; afterEnd: number } | null {
  let head = 0;
  const min = Math.min(before.length, after.length);
  while (head < min && before[head] === after[head]) head++;
  if (head === before.length && head === after.length) return null;
  let tail = 0;
  while (tail < min - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) {
    tail++;
  }
  return { start: head + 1, beforeEnd: before.length - tail, afterEnd: after.length - tail };
}

/**
 * Whether `after` keeps the structure of `before`: same number of lines and every separator line
 * (segmentOfLine < 0) still empty.
 */
export function keepsStructure(
  after: readonly string[],
  segmentOfLine: ArrayLike<number>,
  lineCount: number,
): boolean {
  if (after.length !== lineCount) return false;
  for (let i = 0; i < lineCount; i++) {
    if ((segmentOfLine[i + 1] ?? -1) < 0 && after[i] !== '') return false;
  }
  return true;
}

export interface LineEdit {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  text: string;
}

/**
 * The single edit that turns `now` back into `good`, touching only the lines that differ (so
 * decorations and the undo stack elsewhere are left alone). Positions are 1-based, as in Monaco.
 */
export function restoreEdit(good: readonly string[], now: readonly string[]): LineEdit | null {
  const region = changedRegion(good, now);
  if (!region) return null;
  const lines = good.slice(region.start - 1, region.beforeEnd);
  const maxCol = (line: number): number => (now[line - 1]?.length ?? 0) + 1;
  if (region.afterEnd < now.length) {
    // Replace whole lines up to the start of the first unchanged line.
    return {
      startLine: region.start,
      startColumn: 1,
      endLine: region.afterEnd + 1,
      endColumn: 1,
      text: lines.map((l) => `${l}\n`).join(''),
    };
  }
  if (region.start > 1) {
    // The damage reaches the end: anchor on the end of the last unchanged line instead.
    const prev = region.start - 1;
    return {
      startLine: prev,
      startColumn: maxCol(prev),
      endLine: now.length,
      endColumn: maxCol(now.length),
      text: lines.map((l) => `\n${l}`).join(''),
    };
  }
  return {
    startLine: 1,
    startColumn: 1,
    endLine: now.length,
    endColumn: maxCol(now.length),
    text: lines.join('\n'),
  };
}
