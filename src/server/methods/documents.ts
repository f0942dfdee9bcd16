import type { ApiServices } from './services';
import type { HandlersFor } from './types';
import { uploadedReport } from './upload';
import { jobOf } from '../jobs/job-call';

// The readers of Word and web pages (htmlparser2 and its entity tables) load with the first import, not
// with `documents.list`: a CLI process serves one call (src/server/load-modules.ts).
const sourceImport = () => import('../services/source-import');

export function documentsHandlers({ documents }: ApiServices): HandlersFor<'documents'> {
  return {
    'documents.list': () => documents.list(),
    'documents.get': (i) => documents.get(i.id),
    'documents.import': async (i, call) => {
      const { importSourceFiles } = await sourceImport();
      const [r] = await importSourceFiles(documents, [uploadedReport(i)], jobOf(call));
      return { document: r!.document, status: r!.status, encoding: r!.encoding };
    },
    'documents.importMany': async (i, call) => {
      const { importSourceFiles } = await sourceImport();
      return (await importSourceFiles(documents, i.files.map(uploadedReport), jobOf(call))).map((r) => ({
        document: r.document,
        status: r.status,
        encoding: r.encoding,
      }));
    },
    'documents.remove': (i) => ({ removed: documents.remove(i.id) }),
  };
}
