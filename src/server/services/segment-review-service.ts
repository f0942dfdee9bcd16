/**
 * Comments on segments, the reviewer's sign-off (translated → reviewed → final, the rule in
 * core/editor/statuses) and the user's English dictionary for the spell checker.
 */
import { nextReviewStatus } from '../../core/editor/statuses';
import { countSegments, addTotals, type CountTotals } from '../../core/editor/word-count';
import type { DocumentCounts } from '../../shared/api';
import { AppError } from '../../shared/errors';
import type { Segment, SegmentComment } from '../../shared/model';
import type { Db } from '../db/open';
import type { CommentsRepo } from '../db/repos/comments-repo';
import type { DocumentsRepo } from '../db/repos/documents-repo';
import type { UserDictionaryRepo } from '../db/repos/user-dictionary-repo';
import { writeTx } from '../db/write';

export function createSegmentReviewService(
  db: Db,
  documents: DocumentsRepo,
  comments: CommentsRepo,
  dictionary: UserDictionaryRepo,
  now: () => string,
  user: string,
) {
  const requireSegment = (documentId: number, index: number): Segment => {
    const seg = documents.segment(documentId, index);
    if (seg) return seg;
    if (!documents.summary(documentId)) throw new AppError('not_found', { what: 'document', id: documentId });
    throw new AppError('not_found', { what: 'segment', id: `${documentId}#${index}` });
  };

  return {
    comments(documentId: number): SegmentComment[] {
      if (!documents.summary(documentId))
        throw new AppError('not_found', { what: 'document', id: documentId });
      return comments.byDocument(documentId);
    },
    addComment(input: {
      documentId: number;
      index: number;
      text: string;
      author?: string | undefined;
    }): SegmentComment {
      requireSegment(input.documentId, input.index);
      const id = comments.insert(input.documentId, input.index, input.author ?? user, now(), input.text);
      return comments.byId(id)!;
    },
    resolveComment(id: number, resolved: boolean): SegmentComment {
      if (!comments.setResolved(id, resolved)) throw new AppError('not_found', { what: 'comment', id });
      return comments.byId(id)!;
    },
    removeComment: (id: number): { removed: boolean } => ({ removed: comments.remove(id) }),

    /** Reviewer mode's Ctrl+Enter. A segment that is not confirmed is refused, never promoted silently. */
    signOff(documentId: number, index: number): Segment {
      return writeTx(db, (): Segment => {
        const seg = requireSegment(documentId, index);
        const next = nextReviewStatus(seg.status);
        if (!next) throw new AppError('conflict', { field: 'status', value: seg.status });
        documents.saveTarget(documentId, index, seg.target, next, now());
        return requireSegment(documentId, index);
      });
    },

    counts(): { documents: DocumentCounts[]; project: CountTotals } {
      let project: CountTotals = { segments: 0, words: 0, characters: 0, confirmedWords: 0 };
      const perDoc = documents.allIds().map((id) => {
        const totals = countSegments(documents.iterateSegments(id));
        project = addTotals(project, totals);
        return { documentId: id, ...totals };
      });
      return { documents: perDoc, project };
    },

    dictionary: (): string[] => dictionary.all(),
    addWord(word: string): { word: string; added: boolean } {
      return { word, added: dictionary.add(word, now()) };
    },
    removeWord: (word: string): { word: string; removed: boolean } => ({
      word,
      removed: dictionary.remove(word),
    }),
  };
}

export type SegmentReviewService = ReturnType<typeof createSegmentReviewService>;
