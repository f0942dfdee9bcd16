/**
 * What of a segment's comment thread leaves with an export (XLIFF notes, the review .docx comments
 * column): the open comments, each as «author: text» on one line. Resolved comments stay in Barabar.
 */
import type { SegmentComment } from '../../shared/model';

export function commentNote(c: Pick<SegmentComment, 'author' | 'text'>): string {
  return `${c.author}: ${c.text.replace(/\s+/g, ' ').trim()}`;
}

/** Open comments of a document as notes, by segment index, in thread order. */
export function openCommentNotes(comments: Iterable<SegmentComment>): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const c of comments) {
    if (c.resolved) continue;
    const list = out.get(c.index) ?? [];
    list.push(commentNote(c));
    out.set(c.index, list);
  }
  return out;
}
