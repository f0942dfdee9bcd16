import { BARABAR_VERSION } from '../../shared/version';
import type { ApiServices } from './services';
import type { HandlersFor } from './types';
import { uploadedText } from './upload';

export function tmHandlers({ tm, tmWorkflow }: ApiServices): HandlersFor<'tm'> {
  return {
    'tm.list': () => tm.list(),
    'tm.import': (i, call) =>
      tm.importTmx(uploadedText(i, 'tmx'), i.fileName, i.name, (done, total, phase) =>
        call?.progress({ done, total, phase }),
      ),
    'tm.remove': (i) => ({ removed: tm.remove(i.name) }),
    'tm.export': () => ({
      fileName: 'barabar-project-memory.tmx',
      mime: 'application/x-tmx+xml',
      content: [...tm.exportChunks({ tool: 'Barabar', toolVersion: BARABAR_VERSION })].join(''),
    }),
    'tm.lookup': (i) =>
      tm.lookup(i.text, {
        ...(i.min === undefined ? {} : { min: i.min }),
        ...(i.max === undefined ? {} : { max: i.max }),
        ...(i.documentId !== undefined && i.index !== undefined
          ? { exclude: { documentId: i.documentId, index: i.index } }
          : {}),
      }),
    'tm.concordance': (i) => tm.concordance(i.query, i),
    'tm.pretranslate': (i) => tmWorkflow.pretranslate(i),
    'tm.analyse': (i) => tmWorkflow.analyse(i),
    'tm.propagate': (i) => tmWorkflow.propagate(i),
    'tm.undoPropagation': (i) => tmWorkflow.undoPropagation(i),
    'tm.propagated': (i) => tmWorkflow.propagated(i.documentId),
  };
}
