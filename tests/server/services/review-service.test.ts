import { describe, expect, it } from 'vitest';
import { editDocxXml } from '../../helpers/docx';
import { importReport, translate, useApi } from '../../helpers/report';
import { useTempDir } from '../../helpers/temp';

const newApi = useApi(useTempDir());

describe('Word review round trip over a real database', () => {
  it('applies edited English, marks those segments reviewed and reports them', async () => {
    const api = newApi();
    const id = importReport(api);
    translate(api, id, [3]);
    const out = await api.services.review.exportDocx(id);
    expect(out.fileName).toBe('report.review.docx');
    const edited = await editDocxXml(out.bytes, (xml) =>
      xml.replace('The meeting was important.', 'The meeting mattered.'),
    );
    const report = await api.services.review.importDocx(edited, 'edited.docx');
    expect(report).toMatchObject({
      document: 'report.txt',
      applied: [{ segment: 3, before: 'The meeting was important.', after: 'The meeting mattered.' }],
      unchanged: 3,
    });
    const segs = api.services.documents.segments(id);
    expect(segs.map((s) => s.status)).toEqual(['translated', 'translated', 'reviewed', 'new']);
    expect(segs[2]!.target).toBe('The meeting mattered.');
  });

  it('refuses a file whose Persian no longer matches, naming the segments, and applies nothing', async () => {
    const api = newApi();
    const id = importReport(api);
    translate(api, id);
    const out = await api.services.review.exportDocx(id);
    const edited = await editDocxXml(out.bytes, (xml) =>
      xml.replace('The defence minister said.', 'Edited.').replace('روابط گسترش', 'روابط کاهش'),
    );
    await expect(api.services.review.importDocx(edited, 'edited.docx')).rejects.toMatchObject({
      code: 'review_mismatch',
      params: { file: 'edited.docx', segments: '4', count: 1 },
    });
    expect(api.services.documents.segments(id)[1]!.target).toBe('The defence minister said.');
  });

  it('refuses a file that is not a Word document', async () => {
    const api = newApi();
    importReport(api);
    await expect(
      api.services.review.importDocx(new TextEncoder().encode('x'), 'notes.docx'),
    ).rejects.toMatchObject({
      code: 'not_docx',
    });
  });
});
