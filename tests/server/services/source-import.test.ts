import { describe, expect, it } from 'vitest';
import { importSourceFiles } from '../../../src/server/services/source-import';
import { buildReportDocx } from '../../helpers/docx';
import { useApi } from '../../helpers/report';
import { useTempDir } from '../../helpers/temp';

const newApi = useApi(useTempDir());
const utf8 = (s: string) => new TextEncoder().encode(s);

const PAGE = `<html><body><nav>خانه | سیاست</nav><article><h1>دیدار وزیران</h1>
<p>وزیر دفاع گفت. این دیدار مهم بود.</p><script>x()</script><p>روابط&nbsp;گسترش می‌یابد.</p></article>
<footer>حقوق محفوظ</footer></body></html>`;

describe('importing Word and web sources', () => {
  it('segments a saved web page like a .txt and remembers the source format and file name', async () => {
    const api = newApi();
    const [r] = await importSourceFiles(api.services.documents, [
      { name: 'news.html', file: '/tmp/news.html', bytes: utf8(PAGE) },
    ]);
    expect(r!.document).toMatchObject({ name: 'news.html', sourceFormat: 'html', segmentCount: 4 });
    const doc = api.services.documents.get(r!.document.id);
    expect(doc.segments.map((s) => [s.paragraph, s.source])).toEqual([
      [0, 'دیدار وزیران'],
      [1, 'وزیر دفاع گفت.'],
      [1, 'این دیدار مهم بود.'],
      [2, 'روابط گسترش می‌یابد.'],
    ]);
  });

  it('imports a .docx with headings, lists and a table', async () => {
    const api = newApi();
    const [r] = await importSourceFiles(api.services.documents, [
      { name: 'report.docx', file: 'report.docx', bytes: await buildReportDocx() },
    ]);
    expect(r!.document).toMatchObject({ name: 'report.docx', sourceFormat: 'docx', segmentCount: 9 });
  });

  it('imports nothing when one file of a batch is bad', async () => {
    const api = newApi();
    await expect(
      importSourceFiles(api.services.documents, [
        { name: 'good.txt', file: 'good.txt', bytes: utf8('خبر خوب.\n') },
        { name: 'bad.docx', file: 'bad.docx', bytes: utf8('not a zip') },
      ]),
    ).rejects.toMatchObject({ code: 'not_docx', params: { file: 'bad.docx' } });
    await expect(
      importSourceFiles(api.services.documents, [
        { name: 'good.txt', file: 'good.txt', bytes: utf8('خبر خوب.\n') },
        { name: 'menu.html', file: 'menu.html', bytes: utf8('<body><nav>منو</nav></body>') },
      ]),
    ).rejects.toMatchObject({ code: 'no_text', params: { file: 'menu.html' } });
    expect(api.services.documents.list()).toEqual([]);
  });
});
