import { describe, expect, it } from 'vitest';
import { writeHtml } from '../../../../src/core/formats/bilingual';
import type { BilingualSegment } from '../../../../src/core/formats/bilingual';
import { isElement, parseXml, textOf } from '../../../../src/core/formats/xml/read';
import type { XmlElement } from '../../../../src/core/formats/xml/read';
import { OPTS, corpusDocs, join } from './fixture';

const all = (el: XmlElement, local: string, out: XmlElement[] = []): XmlElement[] => {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (c.local === local) out.push(c);
    all(c, local, out);
  }
  return out;
};

describe('writeHtml', () => {
  const docs = corpusDocs();
  const html = join(writeHtml(docs, OPTS));
  const root = parseXml(html, 'out.html');

  it('is a standalone, well-formed page with charset, CSP and a print stylesheet', () => {
    const metas = all(root, 'meta');
    expect(metas.some((m) => m.attrs.charset === 'utf-8')).toBe(true);
    expect(metas.find((m) => m.attrs['http-equiv'] === 'Content-Security-Policy')?.attrs.content).toContain(
      "default-src 'none'",
    );
    expect(textOf(all(root, 'style')[0]!)).toContain('@media print');
    // No external resources of any kind.
    expect(all(root, 'link')).toEqual([]);
    expect(all(root, 'script')).toEqual([]);
    expect(all(root, 'img')).toEqual([]);
    expect(html).not.toMatch(/(?:src|href)=|url\(/);
  });

  it('has one row per segment with number, status, RTL Persian and LTR English, text escaped', () => {
    const segs = docs.flatMap((d) => [...d.segments] as BilingualSegment[]);
    const rows = all(root, 'tbody').flatMap((b) => all(b, 'tr'));
    expect(rows).toHaveLength(segs.length);
    rows.forEach((row, i) => {
      const s = segs[i]!;
      const cells = all(row, 'td');
      expect(cells.map((c) => textOf(c))).toEqual([
        String(s.index + 1),
        s.status,
        s.source,
        s.target.replace('\u0001', ''),
      ]);
      expect([cells[2]!.attrs.dir, cells[2]!.attrs.lang, cells[3]!.attrs.dir, cells[3]!.attrs.lang]).toEqual([
        'rtl',
        'fa',
        'ltr',
        'en',
      ]);
    });
    expect(all(root, 'h2').map((h) => textOf(h))).toEqual(docs.map((d) => d.name));
  });

  it('marks the first row of each new paragraph', () => {
    const segs = docs[0]!.segments as BilingualSegment[];
    const rows = all(all(root, 'tbody')[0]!, 'tr');
    const starts = rows.map((r) => (r.attrs.class ?? '').split(' ').includes('p'));
    expect(starts).toEqual(segs.map((s, i) => i > 0 && s.paragraph !== segs[i - 1]!.paragraph));
  });
});
