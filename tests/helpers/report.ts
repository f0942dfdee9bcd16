import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createApi, type BarabarApi } from '../../src/server/create-api';

/** A short report: a headline, a two-sentence paragraph and a one-sentence paragraph (4 segments). */
export const REPORT = 'دیدار وزیران دفاع\nوزیر دفاع گفت. این دیدار مهم بود.\nروابط گسترش می‌یابد.\n';
export const REPORT_EN = [
  'Defence ministers meet',
  'The defence minister said.',
  'The meeting was important.',
  'Ties will grow.',
];

/** Opens a fresh database per test, closed after it even when an assertion fails. */
export function useApi(tempDir: () => string): () => BarabarApi {
  const open: BarabarApi[] = [];
  afterEach(() => {
    while (open.length) open.pop()!.close();
  });
  return () => {
    const api = createApi({ dbPath: join(tempDir(), 'io.sqlite') });
    open.push(api);
    return api;
  };
}

/** Imports REPORT as `name` and returns its id. */
export function importReport(api: BarabarApi, name = 'report.txt', text = REPORT): number {
  const [r] = api.services.documents.importFiles([
    { name, file: name, bytes: new TextEncoder().encode(text) },
  ]);
  return r!.document.id;
}

/** Confirms every segment with REPORT_EN (or leaves the listed 0-based indexes as they are). */
export function translate(api: BarabarApi, id: number, skip: readonly number[] = []): void {
  REPORT_EN.forEach((target, index) => {
    if (!skip.includes(index))
      api.services.documents.saveTarget({ documentId: id, index, target, status: 'translated' });
  });
}
