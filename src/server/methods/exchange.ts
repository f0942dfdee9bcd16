import { basename } from 'node:path';
import { defaultStatusFilter, EXPORT_META } from '../services/exchange-service';
import type { ApiServices } from './services';
import type { HandlersFor } from './types';
import { uploadBytes, uploadedText } from './upload';
import { checkpoint, collectChunks, jobOf } from '../jobs/job-call';

const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

export function exchangeHandlers({
  exchange,
  article,
  review,
  documents,
  tm,
}: ApiServices): HandlersFor<'exchange'> {
  return {
    'exchange.export': async (i, c) => {
      const call = jobOf(c);
      const status = i.status ?? defaultStatusFilter(i.format);
      const fileName = exchange.fileName(i.documentIds, i.format);
      const total = i.documentIds.reduce((n, id) => n + (documents.summary(id)?.segmentCount ?? 0), 0);
      let done = 0;
      const content = await collectChunks(
        exchange.chunks(i.documentIds, i.format, status, () => done++),
        call,
        () => ({ phase: 'export', done, total }),
      );
      return {
        fileName,
        mime: EXPORT_META[i.format].mime,
        content,
        status,
        leftOut: exchange.leftOut(i.documentIds, status),
      };
    },
    // One document: building it is quick; the checkpoints sit around the slow part (the .docx zip).
    'exchange.exportArticle': async (i, c) => {
      const call = jobOf(c);
      await checkpoint(call, { phase: 'export', done: 0, total: 1 });
      const { bytes, ...rest } = await article.export(i.documentId, i.format, i.unconfirmed ?? 'refuse');
      await checkpoint(call, { phase: 'export', done: 1, total: 1 });
      return { ...rest, contentBase64: base64(bytes) };
    },
    'exchange.exportReview': async (i, c) => {
      const call = jobOf(c);
      await checkpoint(call, { phase: 'export', done: 0, total: 1 });
      const { bytes, ...rest } = await review.exportDocx(i.documentId);
      await checkpoint(call, { phase: 'export', done: 1, total: 1 });
      return { ...rest, contentBase64: base64(bytes) };
    },
    'exchange.importReview': (i, c) =>
      review.importDocx(
        uploadBytes(i, 'richReport'),
        i.fileName,
        { documentId: i.documentId, dryRun: i.dryRun },
        jobOf(c),
      ),
    'exchange.importXliff': async (i, c) => {
      const call = jobOf(c);
      await checkpoint(call, { phase: 'read', done: 0, total: 0 });
      const text = uploadedText(i, 'xliff');
      return exchange.importXliff(text, i.fileName, i.dryRun, call);
    },
    // A TMX from the import dialog becomes a reference memory of the translation memory, named after the
    // file (the wave-1 translation_units table is gone: migration 007).
    'exchange.importTmx': async (i, call) => {
      const name = tm.freeName(basename(i.fileName).replace(/\.tmx$/i, ''));
      const r = await tm.importTmx(uploadedText(i, 'tmx'), i.fileName, name, {
        dryRun: i.dryRun,
        call: jobOf(call),
      });
      return {
        file: i.fileName,
        memory: name,
        units: r.units,
        duplicates: r.duplicates,
        skipped: r.skippedBy,
        dryRun: i.dryRun === true,
      };
    },
  };
}
