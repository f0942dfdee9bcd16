/** A piece of a text, marked when it lies in one of the highlighted ranges. */
export interface TextPart {
  text: string;
  marked: boolean;
}

/** Splits `text` at the edges of `ranges` (UTF-16 offsets, any order, overlaps merged). */
export function markRanges(text: string, ranges: readonly { start: number; end: number }[]): TextPart[] {
  const sorted = ranges
    .map((r) => ({ start: Math.max(0, r.start), end: Math.min(text.length, r.end) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const parts: TextPart[] = [];
  let at = 0;
  for (const r of sorted) {
    const start = Math.max(r.start, at);
    if (r.end <= start) continue;
    const last = parts[parts.length - 1];
    if (r.start < at && last?.marked) last.text += text.slice(start, r.end);
    else {
      if (start > at) parts.push({ text: text.slice(at, start), marked: false });
      parts.push({ text: text.slice(start, r.end), marked: true });
    }
    at = r.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}
