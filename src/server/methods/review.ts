import type { ApiServices } from './services';
import type { HandlersFor } from './types';

export function reviewHandlers({
  segmentReview: review,
}: ApiServices): HandlersFor<'comments' | 'review' | 'stats' | 'dictionary'> {
  return {
    'comments.list': (i) => review.comments(i.documentId),
    'comments.add': (i) => review.addComment(i),
    'comments.resolve': (i) => review.resolveComment(i.id, i.resolved),
    'comments.remove': (i) => review.removeComment(i.id),
    'review.signOff': (i) => review.signOff(i.documentId, i.index),
    'stats.wordCounts': () => review.counts(),
    'dictionary.list': () => review.dictionary(),
    'dictionary.add': (i) => review.addWord(i.word),
    'dictionary.remove': (i) => review.removeWord(i.word),
  };
}
