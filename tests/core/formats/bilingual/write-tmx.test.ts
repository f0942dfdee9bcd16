import { describe, expect, it } from 'vitest';
import { readTmx, writeTmx } from '../../../../src/core/formats/bilingual';
import type { BilingualSegment } from '../../../../src/core/formats/bilingual';
import { stripInvalidXmlChars } from '../../../../src/core/formats/xml/escape';
import { parseXml } from '../../../../src/core/formats/xml/read';
import { childElements } from '../../../../src/core/formats/xml/query';
import { xmllint } from '../../../helpers/xmllint';
import { OPTS, corpusDocs, join } from './fixture';

describe('writeTmx', () => {
  const docs = corpusDocs();
  const tmx = join(writeTmx(docs, OPTS));

  it('is valid TMX 1.4b (tmx14.dtd)', () => {
    expect(xmllint(tmx, 'tmx')).toEqual({ ok: true, errors: '' });
  });

  it('the validator does catch a broken file', () => {
    expect(xmllint(tmx.replace('<tuv xml:lang="en">', '<tuv>'), 'tmx').ok).toBe(false);
  });

  it('writes one tu per segment with a target, with header and props', () => {
    const root = parseXml(tmx, 'out.tmx');
    const header = childElements(root, 'header')[0]!;
    expect(header.attrs).toMatchObject({
      srclang: 'fa-IR',
      creationtool: 'Barabar',
      creationtoolversion: '0.1.0',
      creationdate: '20240506T070809Z',
    });
    const all = docs.flatMap((d) => [...d.segments] as BilingualSegment[]);
    const tus = childElements(childElements(root, 'body')[0]!, 'tu');
    expect(tus).toHaveLength(all.filter((s) => s.target !== '').length);
    expect(tus[0]!.attrs.creationdate).toBe('20240301T102030Z');
    expect(childElements(tus[0]!, 'tuv').map((t) => t.attrs['xml:lang'])).toEqual(['fa-IR', 'en']);
  });

  it('round-trips through readTmx: text, props and dates', () => {
    const read = readTmx(tmx, 'out.tmx');
    expect(read.srcLang).toBe('fa-IR');
    const expected = docs.flatMap((d) =>
      ([...d.segments] as BilingualSegment[])
        .filter((s) => s.target !== '')
        .map((s) => ({
          source: s.source,
          target: stripInvalidXmlChars(s.target),
          props: {
            'x-document': d.name,
            'x-document-id': String(d.id),
            'x-segment': String(s.index),
            'x-paragraph': String(s.paragraph),
            'x-status': s.status,
          },
          creationDate: '2024-03-01T10:20:30Z',
        })),
    );
    expect(read.units.map((u) => ({ ...u, props: { ...u.props } }))).toEqual(expected);
    // The control character is gone, the rest of that target is intact.
    expect(read.units.some((u) => u.target.includes('president visited'))).toBe(true);
  });

  it('streams: the first chunk is produced before the segments are exhausted', () => {
    let pulled = 0;
    const segments = {
      *[Symbol.iterator](): Generator<BilingualSegment> {
        for (let index = 0; index < 10_000; index++) {
          pulled++;
          yield {
            index,
            paragraph: index,
            source: 'متن '.repeat(20),
            target: 'text '.repeat(20),
            status: 'translated',
            updatedAt: '',
          };
        }
      },
    };
    const it = writeTmx([{ id: 1, name: 'x', segments }], OPTS);
    const first = it.next();
    expect(first.done).toBe(false);
    expect(pulled).toBeGreaterThan(0);
    expect(pulled).toBeLessThan(10_000);
  });

  it('omits the tu date when updatedAt is unknown', () => {
    const out = join(
      writeTmx(
        [
          {
            id: 1,
            name: 'x',
            segments: [
              { index: 0, paragraph: 0, source: 'الف', target: 'a', status: 'draft', updatedAt: '' },
            ],
          },
        ],
        OPTS,
      ),
    );
    expect(out).toContain('<tu tuid="d1-s0">');
    expect(readTmx(out, 'x.tmx').units[0]?.creationDate).toBeUndefined();
  });
});
