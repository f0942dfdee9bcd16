/**
 * Builds the English article from a document's segments: one article paragraph per source paragraph,
 * its sentences joined by single spaces, unconfirmed segments handled by the caller's policy.
 */
import type { Segment } from '../../../shared/model';
import { isConfirmed } from '../../workflow/confirmed';
import { looksLikeHeadline } from './headline';
import type { Article, ArticleParagraph, ArticlePart, UnconfirmedPolicy } from './model';

type ArticleSegment = Pick<Segment, 'index' | 'paragraph' | 'source' | 'target' | 'status'>;

/** Whitespace inside a target (a pasted tab, doubled spaces) must not survive into the joined paragraph. */
const tidy = (s: string): string => s.replace(/\s+/gu, ' ').trim();

/**
 * With policy 'refuse' the article is still built (as if 'omit') so the caller can list what is missing;
 * the caller decides whether to refuse because `unconfirmed` is not empty.
 */
export function buildArticle(segments: Iterable<ArticleSegment>, policy: UnconfirmedPolicy): Article {
  const groups: { paragraph: number; segments: ArticleSegment[] }[] = [];
  for (const s of segments) {
    const last = groups[groups.length - 1];
    if (last && last.paragraph === s.paragraph) last.segments.push(s);
    else groups.push({ paragraph: s.paragraph, segments: [s] });
  }
  const unconfirmed: number[] = [];
  const omitted: number[] = [];
  const paragraphs: ArticleParagraph[] = [];
  for (const g of groups) {
    const parts: ArticlePart[] = [];
    const pushText = (text: string): void => {
      const prev = parts[parts.length - 1];
      if (prev?.kind === 'text') prev.text = `${prev.text} ${text}`;
      else parts.push({ kind: 'text', text });
    };
    for (const s of g.segments) {
      const target = tidy(s.target);
      const confirmed = isConfirmed(s.status) && target !== '';
      if (!confirmed) unconfirmed.push(s.index + 1);
      if (confirmed || (policy === 'draft' && target !== '')) pushText(target);
      // A segment with no draft at all shows its source under 'draft' too: silently dropping it would hide a gap.
      else if (policy === 'source' || policy === 'draft')
        parts.push({ kind: 'source', text: tidy(s.source) });
      else omitted.push(s.index + 1);
    }
    if (parts.length > 0) paragraphs.push({ paragraph: g.paragraph, parts });
  }
  const first = groups[0];
  const title =
    first && paragraphs[0]?.paragraph === first.paragraph && looksLikeHeadline(first.segments)
      ? paragraphs.shift()
      : undefined;
  return title ? { title, paragraphs, unconfirmed, omitted } : { paragraphs, unconfirmed, omitted };
}
