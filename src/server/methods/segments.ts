import type { ApiServices } from './services';
import type { HandlersFor } from './types';

export function segmentsHandlers({ documents }: ApiServices): HandlersFor<'segments'> {
  return {
    'segments.saveTarget': (i) => documents.saveTarget(i),
    'segments.saveSource': (i) => documents.saveSource(i),
  };
}
