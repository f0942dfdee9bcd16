import { describe, expect, it } from 'vitest';
import { importReport, REPORT, translate, useApi } from '../../helpers/report';
import { useTempDir } from '../../helpers/temp';
import { docxParagraphs } from '../../../src/server/formats/word-source';

const newApi = useApi(useTempDir());

describe('article export over a real database', () => {
  it('exports a fully confirmed report as text with exactly as many paragraphs as the source', async () => {
    const api = newApi();
    const id = importReport(api);
    translate(api, id);
    const file = await api.services.article.export(id, 'txt', 'refuse');
    expect(file.fileName).toBe('report.en.txt');
    const text = new TextDecoder().decode(file.bytes);
    expect(text.trim().split('\n\n')).toHaveLength(REPORT.trim().split('\n').length);
    expect(text).toBe(
      'Defence ministers meet\n\nThe defence minister said. The meeting was important.\n\nTies will grow.\n',
    );
  });

  it('refuses by default while segments are unconfirmed, listing them', async () => {
    const api = newApi();
    const id = importReport(api);
    translate(api, id, [1, 3]);
    api.services.documents.saveTarget({ documentId: id, index: 1, target: 'A draft.' });
    await expect(api.services.article.export(id, 'txt', 'refuse')).rejects.toMatchObject({
      code: 'unconfirmed_segments',
      params: { document: 'report.txt', count: 2, segments: '2, 4' },
    });
    const omit = await api.services.article.export(id, 'txt', 'omit');
    expect(omit.omitted).toEqual([2, 4]);
    expect(new TextDecoder().decode(omit.bytes)).toBe(
      'Defence ministers meet\n\nThe meeting was important.\n',
    );
    const draft = await api.services.article.export(id, 'html-target', 'draft');
    const html = new TextDecoder().decode(draft.bytes);
    expect(html).toContain('<p>A draft. The meeting was important.</p>');
    expect(html).toContain('<span class="untranslated" lang="fa" dir="rtl" title="not translated">روابط');
  });

  it('writes a Word document whose paragraphs read back in order', async () => {
    const api = newApi();
    const id = importReport(api);
    translate(api, id);
    const file = await api.services.article.export(id, 'docx', 'refuse');
    expect(file.fileName).toBe('report.en.docx');
    expect(await docxParagraphs(file.bytes, file.fileName)).toEqual([
      'Defence ministers meet',
      'The defence minister said. The meeting was important.',
      'Ties will grow.',
    ]);
  });
});
