import { GLOSSARY_FILES, glossaryFileName } from '../../core/formats/glossary/files';
import type { ApiServices } from './services';
import type { HandlersFor } from './types';
import { uploadedText } from './upload';

export function glossaryHandlers({ glossary }: ApiServices): HandlersFor<'glossary'> {
  return {
    'glossary.snapshot': () => ({ version: glossary.version(), entries: glossary.all() }),
    'glossary.list': (i) => glossary.list(i),
    'glossary.get': (i) => glossary.get(i.id),
    'glossary.add': (i) => glossary.add(i.entry),
    'glossary.update': (i) => glossary.update(i.id, i.entry),
    'glossary.remove': (i) => ({ removed: glossary.remove(i.id) }),
    'glossary.history': (i) => glossary.history(i.id),
    'glossary.import': (i, call) =>
      glossary.importText(uploadedText(i, 'glossary'), i.fileName, i.format, call),
    'glossary.export': (i) => ({
      // Names and types from core (OmegaT loads only .txt/.utf8/.tab glossaries: issue 13.3).
      fileName: glossaryFileName(i.format),
      mime: GLOSSARY_FILES[i.format].mime,
      content: [...glossary.exportChunks(i.format)].join(''),
    }),
    'glossary.sync': (i) => glossary.syncFromTermbase(uploadedText(i, 'glossary'), i.fileName),
  };
}
