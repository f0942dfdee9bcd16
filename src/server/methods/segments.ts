import type { ApiServices } from './services';
import type { HandlersFor } from './types';

export function segmentsHandlers({ documents, tm }: ApiServices): HandlersFor<'segments'> {
  return {
    'segments.saveTarget': (i) => {
      const seg = documents.saveTarget(i);
      // A confirmed segment is a unit of the project memory (updated in place on re-confirm).
      tm.segmentSaved(i.documentId, seg);
      return seg;
    },
    'segments.saveSource': (i) => documents.saveSource(i),
  };
}
