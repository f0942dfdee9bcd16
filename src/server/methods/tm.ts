import { BARABAR_VERSION } from '../../shared/version';
import { fileSize, readTextChunks } from '../text-chunks';
import type { ApiServices } from './services';
import type { HandlersFor } from './types';
import { uploadedText } from './upload';
import { collectChunks, counting, jobOf } from '../jobs/job-call';
import type { TmxItem, TmxParseEnd } from '../parse-worker/protocol';

export function tmHandlers({ tm, tmWorkflow }: ApiServices): HandlersFor<'tm'> {
  return {
    'tm.list': () => tm.list(),
    'tm.import': async (i, call) => {
      const report = await tm.importTmx(uploadedText(i, 'tmx'), i.fileName, i.name, { call: jobOf(call) });
      return { name: report.name, units: report.units, skipped: report.skipped };
    },
    'tm.importFile': async (i, call) => {
      const total = fileSize(i.path);
      let bytes = 0;
      const chunks = readTextChunks(i.path, (done) => (bytes = done));
      const { parseInWorker, useParseWorker } = await import('../parse-worker/parse-in-worker');
      const report = await tm.importTmx(chunks, i.path, i.name, {
        call: jobOf(call),
        progress: () => ({ done: bytes, total, phase: 'read' }),
        fileBytes: total,
        // A big file parsed on a second thread while this one writes (issue 14.2).
        parsed: useParseWorker(total)
          ? () => parseInWorker<TmxItem, TmxParseEnd>({ kind: 'tmx', path: i.path }, (done) => (bytes = done))
          : undefined,
      });
      return { name: report.name, units: report.units, skipped: report.skipped };
    },
    'tm.remove': (i) => ({ removed: tm.remove(i.name) }),
    'tm.export': async (_i, call) => {
      // The writer yields about one chunk per unit; its total is not known up front (an open-ended bar).
      let done = 0;
      const counted = counting(
        tm.exportChunks({ tool: 'Barabar', toolVersion: BARABAR_VERSION }),
        () => done++,
      );
      const content = await collectChunks(counted, jobOf(call), () => ({ phase: 'export', done, total: 0 }));
      return { fileName: 'barabar-project-memory.tmx', mime: 'application/x-tmx+xml', content };
    },
    'tm.lookup': (i) =>
      tm.lookup(i.text, {
        ...(i.min === undefined ? {} : { min: i.min }),
        ...(i.max === undefined ? {} : { max: i.max }),
        ...(i.documentId !== undefined && i.index !== undefined
          ? { exclude: { documentId: i.documentId, index: i.index } }
          : {}),
        ...(i.quick === undefined ? {} : { quick: i.quick }),
      }),
    'tm.status': () => tm.indexStatus(),
    'tm.concordance': (i) => tm.concordance(i.query, i),
    'tm.pretranslate': (i, call) => tmWorkflow.pretranslate(i, jobOf(call)),
    'tm.analyse': (i, call) => tmWorkflow.analyse(i, jobOf(call)),
    'tm.propagate': (i) => tmWorkflow.propagate(i),
    'tm.undoPropagation': (i) => tmWorkflow.undoPropagation(i),
    'tm.propagated': (i) => tmWorkflow.propagated(i.documentId),
  };
}
