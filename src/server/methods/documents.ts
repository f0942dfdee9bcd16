import type { ApiServices } from './services';
import type { HandlersFor } from './types';
import { uploadedReport } from './upload';

export function documentsHandlers({ documents }: ApiServices): HandlersFor<'documents'> {
  return {
    'documents.list': () => documents.list(),
    'documents.get': (i) => documents.get(i.id),
    'documents.import': (i) => {
      const [r] = documents.importFiles([uploadedReport(i)]);
      return { document: r!.document, status: r!.status, encoding: r!.encoding };
    },
    'documents.importMany': (i) =>
      documents
        .importFiles(i.files.map(uploadedReport))
        .map((r) => ({ document: r.document, status: r.status, encoding: r.encoding })),
    'documents.remove': (i) => ({ removed: documents.remove(i.id) }),
  };
}
