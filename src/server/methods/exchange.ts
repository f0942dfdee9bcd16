import { EXPORT_META } from '../services/exchange-service';
import type { ApiServices } from './services';
import type { HandlersFor } from './types';
import { uploadedText } from './upload';

export function exchangeHandlers({ exchange }: ApiServices): HandlersFor<'exchange'> {
  return {
    'exchange.export': (i) => ({
      fileName: exchange.fileName(i.documentIds, i.format),
      mime: EXPORT_META[i.format].mime,
      content: [...exchange.chunks(i.documentIds, i.format)].join(''),
    }),
    'exchange.importXliff': (i) => exchange.importXliff(uploadedText(i, 'xliff'), i.fileName),
    'exchange.importTmx': (i) => exchange.importTmx(uploadedText(i, 'tmx'), i.fileName),
  };
}
