import { describe, expect, it } from 'vitest';
import { importReport, translate, useApi } from '../../helpers/report';
import { useTempDir } from '../../helpers/temp';

const newApi = useApi(useTempDir());

describe('status filters on bilingual exports', () => {
  it('TMX carries confirmed segments only by default; --status all brings drafts back', () => {
    const api = newApi();
    const id = importReport(api);
    translate(api, id, [1]);
    api.services.documents.saveTarget({ documentId: id, index: 1, target: 'Only a draft.' });
    const ex = api.services.exchange;
    const tmx = [...ex.chunks([id], 'tmx')].join('');
    expect(tmx).not.toContain('Only a draft.');
    expect(tmx).toContain('The meeting was important.');
    expect(ex.leftOut([id], 'confirmed')).toEqual([{ document: 'report.txt', segments: [2] }]);
    expect([...ex.chunks([id], 'tmx', 'all')].join('')).toContain('Only a draft.');
  });

  it('other formats carry everything by default and can be limited to confirmed', () => {
    const api = newApi();
    const id = importReport(api);
    translate(api, id, [2]);
    for (const format of ['xliff', 'xliff12', 'tsv', 'csv', 'html'] as const) {
      const all = [...api.services.exchange.chunks([id], format)].join('');
      expect(all, format).toContain('این دیدار مهم بود');
      const confirmed = [...api.services.exchange.chunks([id], format, 'confirmed')].join('');
      expect(confirmed, format).not.toContain('این دیدار مهم بود');
      expect(confirmed, format).toContain('وزیر دفاع گفت');
    }
    expect(api.services.exchange.leftOut([id], 'all')).toEqual([]);
  });
});
