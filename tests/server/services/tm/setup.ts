/** A real database with two small reports and a glossary, shared by the translation-memory tests. */
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createApi, type BarabarApi } from '../../../../src/server/create-api';
import { useTempDir } from '../../../helpers/temp';

export const FIXTURES = join(__dirname, '..', '..', '..', 'fixtures', 'tm');

/** Report A: segment 0 and 2 share a source (spelled two ways); report B repeats A's segment 1 nearly. */
export const REPORT_A = [
  'وزیر دفاع جمهوری اسلامی ایران با اشاره به همکاری‌های بین المللی گفت.',
  'در پایان این دیدار دو طرف بر گسترش همکاری‌ها تأکید کردند.',
  'وزير دفاع جمهوری اسلامی ایران با اشاره به همکاری‌های بینالمللی گفت.',
  'بودجه سال ۱۴۰۲ تصویب شد.',
].join(' ');
export const REPORT_B = [
  'در پایان این نشست دو طرف بر گسترش همکاری‌ها تأکید کردند.',
  'بودجه سال ۱۴۰۳ تصویب شد.',
].join(' ');

export function useTmApi(): () => { api: BarabarApi; a: number; b: number; dir: string } {
  const tempDir = useTempDir();
  const open: BarabarApi[] = [];
  afterEach(() => {
    while (open.length) open.pop()!.close();
  });
  return () => {
    const dir = tempDir();
    const api = createApi({ dbPath: join(dir, 'tm.sqlite'), user: 'tester' });
    open.push(api);
    const [ra, rb] = api.services.documents.importFiles([
      { name: 'a.txt', file: 'a.txt', bytes: new TextEncoder().encode(REPORT_A) },
      { name: 'b.txt', file: 'b.txt', bytes: new TextEncoder().encode(REPORT_B) },
    ]);
    return { api, a: ra!.document.id, b: rb!.document.id, dir };
  };
}
