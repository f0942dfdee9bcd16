import { describe, expect, it } from 'vitest';
import { readXliff, writeXliff2 } from '../../../../src/core/formats/bilingual';
import type { BilingualDoc, BilingualSegment } from '../../../../src/core/formats/bilingual';
import { stripInvalidXmlChars } from '../../../../src/core/formats/xml/escape';
import { parseXml } from '../../../../src/core/formats/xml/read';
import { childElements, firstChild } from '../../../../src/core/formats/xml/query';
import { xmllint } from '../../../helpers/xmllint';
import { OPTS, corpusDocs, join } from './fixture';

const segmentsOf = (d: BilingualDoc): BilingualSegment[] => [...d.segments] as BilingualSegment[];

describe('writeXliff2', () => {
  const docs = corpusDocs();
  const xlf = join(writeXliff2(docs, OPTS));

  it('is valid XLIFF 2.1 (core + glossary module schemas)', () => {
    expect(xmllint(xlf, 'xliff2')).toEqual({ ok: true, errors: '' });
  });

  it('the validator checks the glossary module too', () => {
    expect(xmllint(xlf.replace('<gls:translation>', '<gls:translation bogus="1">'), 'xliff2').ok).toBe(false);
    expect(xmllint(xlf.replace('state="translated"', 'state="done"'), 'xliff2').ok).toBe(false);
  });

  it('writes one file per document, one unit per paragraph, one segment per sentence', () => {
    const root = parseXml(xlf, 'out.xlf');
    expect(root.attrs).toMatchObject({ version: '2.1', srcLang: 'fa-IR', trgLang: 'en' });
    const files = childElements(root, 'file');
    expect(files.map((f) => f.attrs.id)).toEqual(docs.map((d) => `d${d.id}`));
    files.forEach((file, i) => {
      const segs = segmentsOf(docs[i]!);
      const paragraphs = [...new Set(segs.map((s) => s.paragraph))];
      const units = childElements(file, 'unit');
      expect(units.map((u) => u.attrs.id)).toEqual(paragraphs.map((p) => `p${p}`));
      expect(units.map((u) => childElements(u, 'segment').length)).toEqual(
        paragraphs.map((p) => segs.filter((s) => s.paragraph === p).length),
      );
    });
  });

  it('maps states, marks drafts with a subState and leaves new segments without target', () => {
    const root = parseXml(xlf, 'out.xlf');
    const segs = childElements(root, 'file').flatMap((f) =>
      childElements(f, 'unit').flatMap((u) => childElements(u, 'segment')),
    );
    const byStatus = new Map(segmentsOf(docs[0]!).map((s) => [`s${s.index}`, s.status]));
    const first = segs.slice(0, byStatus.size);
    for (const seg of first) {
      const status = byStatus.get(seg.attrs.id ?? '');
      const expected = {
        new: ['initial', undefined],
        draft: ['initial', 'barabar:draft'],
        translated: ['translated', undefined],
        reviewed: ['reviewed', undefined],
        final: ['final', undefined],
      }[status!];
      expect([seg.attrs.state, seg.attrs.subState]).toEqual(expected);
      expect(firstChild(seg, 'target') === undefined).toBe(status === 'new');
    }
  });

  it('carries glossary hits as mrk + gls:glossEntry pointing at them', () => {
    const root = parseXml(xlf, 'out.xlf');
    const unit = childElements(childElements(root, 'file')[0]!, 'unit')[0]!;
    const entries = childElements(firstChild(unit, 'glossary')!, 'glossEntry');
    expect(entries.length).toBeGreaterThan(0);
    const mrks = childElements(firstChild(childElements(unit, 'segment')[0]!, 'source')!, 'mrk');
    expect(entries.map((e) => e.attrs.ref)).toEqual(mrks.map((m) => `#${m.attrs.id}`));
    expect(firstChild(entries[0]!, 'translation')).toBeDefined();
  });

  it('round-trips through readXliff: same segments, ids and states', () => {
    const read = readXliff(xlf, 'out.xlf');
    expect([read.version, read.srcLang, read.trgLang]).toEqual(['2.1', 'fa-IR', 'en']);
    const got = read.files.map((f) => ({
      id: f.id,
      original: f.original,
      segments: f.units.flatMap((u) =>
        u.segments.map(({ id, source, target, state }) => ({ id, source, target, state })),
      ),
    }));
    const want = docs.map((d) => ({
      id: `d${d.id}`,
      original: d.name,
      segments: segmentsOf(d).map((s) => ({
        id: `s${s.index}`,
        source: s.source,
        target: stripInvalidXmlChars(s.target),
        state: s.status,
      })),
    }));
    expect(got).toEqual(want);
    // Whitespace at the edges of a target survives (xml:space="preserve").
    expect(
      got.flatMap((f) => f.segments).some((s) => s.target === '  Leading and trailing spaces, and\ttab  '),
    ).toBe(true);
  });

  it('keeps hits whose offsets do not match as entries without a ref, and a document with no segments valid', () => {
    const docs: BilingualDoc[] = [
      {
        id: 3,
        name: 'x',
        segments: [
          {
            index: 0,
            paragraph: 0,
            source: 'ایران و روسیه',
            target: '',
            status: 'new',
            updatedAt: '',
            hits: [
              { start: 2, end: 7, text: 'ایران', term: 'ایران', english: 'Iran', entry: 1, inflected: false },
            ],
          },
        ],
      },
      { id: 4, name: 'empty', segments: [] },
    ];
    const out = join(writeXliff2(docs, OPTS));
    expect(xmllint(out, 'xliff2')).toEqual({ ok: true, errors: '' });
    expect(out).not.toContain('<mrk');
    expect(out).toContain('<gls:glossEntry id="g0-0">');
    expect(readXliff(out, 'x.xlf').files.map((f) => [f.id, f.units.length])).toEqual([
      ['d3', 1],
      ['d4', 0],
    ]);
  });
});
