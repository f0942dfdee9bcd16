import { describe, expect, it } from 'vitest';
import { readXliff, writeXliff12 } from '../../../../src/core/formats/bilingual';
import type { BilingualDoc, BilingualSegment } from '../../../../src/core/formats/bilingual';
import { stripInvalidXmlChars } from '../../../../src/core/formats/xml/escape';
import { parseXml } from '../../../../src/core/formats/xml/read';
import { childElements, firstChild } from '../../../../src/core/formats/xml/query';
import { xmllint } from '../../../helpers/xmllint';
import { OPTS, corpusDocs, join } from './fixture';

const segmentsOf = (d: BilingualDoc): BilingualSegment[] => [...d.segments] as BilingualSegment[];

describe('writeXliff12', () => {
  const docs = corpusDocs();
  const xlf = join(writeXliff12(docs, OPTS));

  it('is valid XLIFF 1.2 strict', () => {
    expect(xmllint(xlf, 'xliff12')).toEqual({ ok: true, errors: '' });
    expect(xmllint(xlf.replace('state="signed-off"', 'state="approved"'), 'xliff12').ok).toBe(false);
  });

  it('writes a file per document, a group per paragraph, states on targets', () => {
    const root = parseXml(xlf, 'out.xlf');
    const files = childElements(root, 'file');
    expect(files.map((f) => f.attrs.original)).toEqual(docs.map((d) => d.name));
    expect(files[0]!.attrs).toMatchObject({
      'source-language': 'fa-IR',
      'target-language': 'en',
      date: '2024-05-06T07:08:09Z',
    });
    const groups = childElements(firstChild(files[0]!, 'body')!, 'group');
    const segs = segmentsOf(docs[0]!);
    expect(groups.map((g) => g.attrs.id)).toEqual([...new Set(segs.map((s) => `p${s.paragraph}`))]);
    const states = groups.flatMap((g) =>
      childElements(g, 'trans-unit').map((tu) => firstChild(tu, 'target')?.attrs.state),
    );
    const map = {
      new: 'new',
      draft: 'needs-translation',
      translated: 'translated',
      reviewed: 'signed-off',
      final: 'final',
    };
    expect(states).toEqual(segs.map((s) => map[s.status]));
    // XLIFF 1.2 tools read a target without approved="yes" as fuzzy, whatever its state (issue 13.1).
    const approved = groups.flatMap((g) => childElements(g, 'trans-unit').map((tu) => tu.attrs.approved));
    expect(approved).toEqual(
      segs.map((s) => (['translated', 'reviewed', 'final'].includes(s.status) ? 'yes' : undefined)),
    );
  });

  it('round-trips through readXliff: same segments and states', () => {
    const read = readXliff(xlf, 'out.xlf');
    expect([read.version, read.srcLang, read.trgLang]).toEqual(['1.2', 'fa-IR', 'en']);
    const got = read.files.map((f) => ({
      id: f.id,
      units: f.units.map((u) => ({
        id: u.id,
        segments: u.segments.map(({ id, source, target, state }) => ({ id, source, target, state })),
      })),
    }));
    const want = docs.map((d) => {
      const segs = segmentsOf(d);
      const paragraphs = [...new Set(segs.map((s) => s.paragraph))];
      return {
        id: d.name,
        units: paragraphs.map((p) => ({
          id: `p${p}`,
          segments: segs
            .filter((s) => s.paragraph === p)
            .map((s) => ({
              id: `s${s.index}`,
              source: s.source,
              target: stripInvalidXmlChars(s.target),
              state: s.status,
            })),
        })),
      };
    });
    expect(got).toEqual(want);
  });
});
