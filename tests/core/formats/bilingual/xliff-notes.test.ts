import { describe, expect, it } from 'vitest';
import { openCommentNotes } from '../../../../src/core/editor/comment-notes';
import { readXliff, writeXliff12, writeXliff2 } from '../../../../src/core/formats/bilingual';
import type { BilingualDoc, BilingualSegment } from '../../../../src/core/formats/bilingual';
import { parseXml } from '../../../../src/core/formats/xml/read';
import { childElements, firstChild } from '../../../../src/core/formats/xml/query';
import type { SegmentComment } from '../../../../src/shared/model';
import { xmllint } from '../../../helpers/xmllint';
import { OPTS, corpusDocs, join } from './fixture';

const comment = (index: number, text: string, resolved = false): SegmentComment => ({
  id: index + 1,
  documentId: 1,
  index,
  author: 'reviewer',
  at: '2024-05-06T07:08:09Z',
  text,
  resolved,
});

/** The corpus fixture with open comments on segments 0 and 2 and a resolved one on 1. */
function docsWithNotes(): BilingualDoc[] {
  const notes = openCommentNotes([
    comment(0, 'Title: «وزیر امور خارجه» & <b>'),
    comment(0, 'second\nline'),
    comment(1, 'done', true),
    comment(2, 'Check the date'),
  ]);
  const [first, ...rest] = corpusDocs(4);
  const segments = [...first!.segments].map((s): BilingualSegment => {
    const n = notes.get(s.index);
    return n ? { ...s, notes: n } : s;
  });
  return [{ ...first!, segments }, ...rest];
}

describe('segment comments in XLIFF exports (issue 12.6)', () => {
  it('openCommentNotes keeps open comments only, one line each, «author: text»', () => {
    const notes = openCommentNotes([comment(3, 'a\n b'), comment(3, 'gone', true), comment(4, 'c')]);
    expect([...notes]).toEqual([
      [3, ['reviewer: a b']],
      [4, ['reviewer: c']],
    ]);
  });

  it('XLIFF 2.1: notes in the unit name their segment, the file stays valid and reads back', () => {
    const xlf = join(writeXliff2(docsWithNotes(), OPTS));
    expect(xmllint(xlf, 'xliff2')).toEqual({ ok: true, errors: '' });
    const unit = childElements(childElements(parseXml(xlf, 'n.xlf'), 'file')[0]!, 'unit')[0]!;
    const notes = childElements(firstChild(unit, 'notes')!, 'note');
    expect(notes.map((n) => n.attrs.category)).toEqual(['comment', 'comment']);
    expect(xlf).toContain('s0: reviewer: Title: «وزیر امور خارجه» &amp; &lt;b&gt;');
    expect(xlf).toContain('s0: reviewer: second line');
    expect(xlf).toContain('s2: reviewer: Check the date');
    expect(xlf).not.toContain('done');
    const read = readXliff(xlf, 'n.xlf');
    expect(read.files[0]!.units.flatMap((u) => u.segments).length).toBe(4);
  });

  it('XLIFF 1.2: a note per comment in its trans-unit, valid against the strict schema', () => {
    const xlf = join(writeXliff12(docsWithNotes(), OPTS));
    expect(xmllint(xlf, 'xliff12')).toEqual({ ok: true, errors: '' });
    const tus = childElements(childElements(parseXml(xlf, 'n.xlf'), 'file')[0]!, 'body').flatMap((b) =>
      childElements(b, 'group').flatMap((g) => childElements(g, 'trans-unit')),
    );
    const noteTexts = (i: number): number => childElements(tus[i]!, 'note').length;
    expect([noteTexts(0), noteTexts(1), noteTexts(2), noteTexts(3)]).toEqual([2, 0, 1, 0]);
    expect(readXliff(xlf, 'n.xlf').files[0]!.units.flatMap((u) => u.segments).length).toBe(4);
  });
});
