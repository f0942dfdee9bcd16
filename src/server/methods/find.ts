import type { ApiServices } from './services';
import type { HandlersFor } from './types';

export function findHandlers({ find }: ApiServices): HandlersFor<'find'> {
  return {
    'find.search': (i) => find.search(i),
    'find.replace': (i) => find.replace(i),
    'find.undoReplace': (i) => find.undoReplace(i.batchId),
  };
}
