import { completeQaProfile } from '../../core/qa';
import type { ApiServices } from './services';
import { uploadedText } from './upload';
import type { HandlersFor } from './types';
import { jobOf } from '../jobs/job-call';

export function qaHandlers({ qa }: ApiServices): HandlersFor<'qa'> {
  return {
    'qa.run': (i, call) => qa.runJob(i.documentIds, i.profile && completeQaProfile(i.profile), jobOf(call)),
    'qa.getProfile': () => qa.profile(),
    'qa.setProfile': (i) => qa.setProfile(i.profile),
    'qa.exportProfile': () => qa.exportProfile(),
    'qa.importProfile': (i) => qa.importProfile(uploadedText(i, 'qaProfile'), i.fileName),
    'qa.setIgnored': (i) => qa.setIgnored(i.key, i.ignored),
  };
}
