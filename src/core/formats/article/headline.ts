/**
 * Is this first paragraph a headline? News reports open with a one-line title: a single short sentence
 * without a closing full stop. A lead paragraph ("Tehran, March 3 (IRNA) – The minister said …") is longer
 * or ends with a stop, and must stay body text.
 */
const MAX_HEADLINE_WORDS = 20;
const MAX_HEADLINE_CHARS = 160;
const SENTENCE_END = /[.!…۔]["'»”’)\]]*$/u;

export function looksLikeHeadline(segments: readonly { source: string }[]): boolean {
  if (segments.length !== 1) return false;
  const text = segments[0]!.source.trim();
  if (text === '' || text.length > MAX_HEADLINE_CHARS) return false;
  if (text.split(/\s+/u).length > MAX_HEADLINE_WORDS) return false;
  return !SENTENCE_END.test(text);
}
