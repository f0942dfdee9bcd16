import { GLOSSARY_FILES, glossaryFileName } from '../../core/formats/glossary/files';
import type { ApiServices } from './services';
import type { HandlersFor } from './types';
import { uploadedText } from './upload';
import { NotUtf8, textFileSource } from '../text-file-source';
import { collectChunks, counting, jobOf } from '../jobs/job-call';
import type { GlossaryItem, GlossaryParseEnd } from '../parse-worker/protocol';

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
      glossary.importText(uploadedText(i, 'glossary'), i.fileName, i.format, call, {
        onConflict: i.onConflict,
        dryRun: i.dryRun,
      }),
    'glossary.importFile': async (i, call) => {
      let bytes = 0;
      const file = textFileSource(i.path, 'glossary', (done) => (bytes = done));
      const { parseInWorker, useParseWorker } = await import('../parse-worker/parse-in-worker');
      const options = {
        onConflict: i.onConflict,
        dryRun: i.dryRun,
        // Only the command line serves this method: its process has no other connection to keep waiting.
        oneTransaction: true,
        readProgress: () => ({ phase: 'read' as const, done: bytes, total: file.size }),
        // A big file parsed on a second thread while this one writes (issue 14.2).
        parsed: useParseWorker(file.size)
          ? () =>
              parseInWorker<GlossaryItem, GlossaryParseEnd>(
                { kind: 'glossary', path: i.path, format: i.format },
                (done) => (bytes = done),
              )
          : undefined,
      };
      try {
        return await glossary.importSource(() => file.text(), i.path, i.format, jobOf(call), options);
      } catch (err) {
        if (!(err instanceof NotUtf8)) throw err;
        // Not UTF-8 after all (a legacy code page further in): nothing was written; read it whole, here.
        return glossary.importSource(file.whole, i.path, i.format, jobOf(call), {
          ...options,
          parsed: undefined,
        });
      }
    },
    'glossary.export': async (i, call) => {
      // The writers yield about one chunk per entry (plus a header): done is capped at the entry count.
      const total = glossary.count();
      let done = 0;
      const counted = counting(glossary.exportChunks(i.format), () => done++);
      const content = await collectChunks(counted, jobOf(call), () => ({
        phase: 'export',
        done: Math.min(done, total),
        total,
      }));
      // Names and types from core (OmegaT loads only .txt/.utf8/.tab glossaries: issue 13.3).
      return { fileName: glossaryFileName(i.format), mime: GLOSSARY_FILES[i.format].mime, content };
    },
    'glossary.sync': (i) => glossary.syncFromTermbase(uploadedText(i, 'glossary'), i.fileName),
  };
}
