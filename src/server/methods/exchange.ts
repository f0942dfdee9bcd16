import { basename } from 'node:path';
import { defaultStatusFilter, EXPORT_META } from '../services/exchange-service';
import type { ApiServices } from './services';
import type { HandlersFor } from './types';
import { uploadBytes, uploadedText } from './upload';

const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

export function exchangeHandlers({ exchange, article, review, tm }: ApiServices): HandlersFor<'exchange'> {
  return {
    'exchange.export': (i) => {
      const status = i.status ?? defaultStatusFilter(i.format);
      return {
        fileName: exchange.fileName(i.documentIds, i.format),
        mime: EXPORT_META[i.format].mime,
        content: [...exchange.chunks(i.documentIds, i.format, status)].join(''),
        status,
        leftOut: exchange.leftOut(i.documentIds, status),
      };
    },
    'exchange.exportArticle': async (i) => {
      const { bytes, ...rest } = await article.export(i.documentId, i.format, i.unconfirmed ?? 'refuse');
      return { ...rest, contentBase64: base64(bytes) };
    },
    'exchange.exportReview': async (i) => {
      const { bytes, ...rest } = await review.exportDocx(i.documentId);
      return { ...rest, contentBase64: base64(bytes) };
    },
    'exchange.importReview': (i) =>
      review.importDocx(uploadBytes(i, 'richReport'), i.fileName, {
        documentId: i.documentId,
        dryRun: i.dryRun,
      }),
    'exchange.importXliff': (i) => exchange.importXliff(uploadedText(i, 'xliff'), i.fileName, i.dryRun),
    // A TMX from the import dialog becomes a reference memory of the translation memory, named after the
    // file (the wave-1 translation_units table is gone: migration 007).
    'exchange.importTmx': (i, call) => {
      const name = tm.freeName(basename(i.fileName).replace(/\.tmx$/i, ''));
      const r = tm.importTmx(uploadedText(i, 'tmx'), i.fileName, name, {
        dryRun: i.dryRun,
        signal: call?.signal,
        onUnits: (done) => call?.progress({ done, total: 0, phase: 'write' }),
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
