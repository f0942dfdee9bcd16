/** Small helpers every check uses to build findings the same way. */
import type { QaSeverity } from '../../shared/model';
import type { QaFinding, QaRange, QaSegment } from './types';

export interface CheckInfo {
  id: string;
  severity: QaSeverity;
  /** i18n key of the message. */
  message: string;
}

export function makeFinding(
  check: CheckInfo,
  seg: QaSegment,
  text: string,
  params: Record<string, string | number> = {},
  range?: QaRange,
): QaFinding {
  const f: QaFinding = {
    check: check.id,
    severity: check.severity,
    message: check.message,
    params,
    text,
    segment: seg.index,
    documentId: seg.documentId,
    document: seg.document,
  };
  if (range) f.range = range;
  return f;
}

/** Untranslated segments get only the "untranslated" check; every other check would only add noise. */
export function isUntranslated(seg: QaSegment): boolean {
  return seg.status === 'new' || seg.target.trim() === '';
}

/**
 * A short piece of `text` around [start, end), widened to whole words, for the finding list: the offending
 * character alone (a bracket, two spaces) would not tell the reviewer where to look.
 */
export function excerpt(text: string, start: number, end: number, radius = 12): string {
  let from = Math.max(0, start - radius);
  let to = Math.min(text.length, end + radius);
  while (from > 0 && !/\s/u.test(text[from - 1] ?? ' ')) from--;
  while (to < text.length && !/\s/u.test(text[to] ?? ' ')) to++;
  return text.slice(from, to).trim();
}

/** `text` cut to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function clip(text: string, max = 80): string {
  const t = text.trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.search(/\s\S*$/u);
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Any character of the Arabic-script blocks? A char-code loop: most targets are plain English and exit here. */
export function hasArabicScript(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x0600) continue;
    if (
      c <= 0x06ff ||
      (c >= 0x0750 && c <= 0x077f) ||
      (c >= 0x08a0 && c <= 0x08ff) ||
      (c >= 0xfb50 && c <= 0xfdff) ||
      (c >= 0xfe70 && c <= 0xfefe)
    )
      return true;
  }
  return false;
}
