import type { ApiServices } from './services';
import type { HandlersFor } from './types';
import { importSourceFiles } from '../services/source-import';
import { uploadedReport } from './upload';
import { jobOf } from '../jobs/job-call';

export function documentsHandlers({ documents }: ApiServices): HandlersFor<'documents'> {
  return {
    'documents.list': () => documents.list(),
    'documents.get': (i) => documents.get(i.id),
    'documents.import': async (i, call) => {
      const [r] = await importSourceFiles(documents, [uploadedReport(i)], jobOf(call));
      return { document: r!.document, status: r!.status, encoding: r!.encoding };
    },
    'documents.importMany': async (i, call) =>
      (await importSourceFiles(documents, i.files.map(uploadedReport), jobOf(call))).map((r) => ({
        document: r.document,
        status: r.status,
        encoding: r.encoding,
      })),
    'documents.remove': (i) => ({ removed: documents.remove(i.id) }),
  };
}
