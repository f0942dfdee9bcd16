import type { GlossaryFormat } from '../../shared/model';
import type { ApiServices } from './services';
import type { HandlersFor } from './types';
import { uploadedText } from './upload';

const GLOSSARY_EXPORT: Record<GlossaryFormat, { ext: string; mime: string }> = {
  tsv: { ext: 'tsv', mime: 'text/tab-separated-values' },
  csv: { ext: 'csv', mime: 'text/csv' },
  tbx: { ext: 'tbx', mime: 'application/x-tbx+xml' },
  'tbx-basic': { ext: 'tbx', mime: 'application/x-tbx+xml' },
};

export function glossaryHandlers({ glossary }: ApiServices): HandlersFor<'glossary'> {
  return {
    'glossary.snapshot': () => ({ version: glossary.version(), entries: glossary.all() }),
    'glossary.list': (i) => glossary.list(i),
    'glossary.get': (i) => glossary.get(i.id),
    'glossary.add': (i) => glossary.add(i.entry),
    'glossary.update': (i) => glossary.update(i.id, i.entry),
    'glossary.remove': (i) => ({ removed: glossary.remove(i.id) }),
    'glossary.history': (i) => glossary.history(i.id),
    'glossary.import': (i) => glossary.importText(uploadedText(i, 'glossary'), i.fileName, i.format),
    'glossary.export': (i) => ({
      fileName: `barabar-glossary.${GLOSSARY_EXPORT[i.format].ext}`,
      mime: GLOSSARY_EXPORT[i.format].mime,
      content: [...glossary.exportChunks(i.format)].join(''),
    }),
    'glossary.sync': (i) => glossary.syncFromTermbase(uploadedText(i, 'glossary'), i.fileName),
  };
}
