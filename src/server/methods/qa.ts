import { completeQaProfile } from '../../core/qa';
import type { ApiServices } from './services';
import type { HandlersFor } from './types';

export function qaHandlers({ qa }: ApiServices): HandlersFor<'qa'> {
  return {
    'qa.run': (i) => qa.run(i.documentIds, i.profile && completeQaProfile(i.profile)),
    'qa.setIgnored': (i) => qa.setIgnored(i.key, i.ignored),
  };
}
