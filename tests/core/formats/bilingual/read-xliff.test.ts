import { describe, expect, it } from 'vitest';
import { readXliff } from '../../../../src/core/formats/bilingual';
import { AppError } from '../../../../src/shared/errors';

const errorOf = (xml: string): AppError => {
  try {
    readXliff(xml, 'in.xlf');
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an error');
};

const x2 = (body: string, langs = 'srcLang="fa" trgLang="en-US"'): string =>
  `<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" ${langs}>\n<file id="f1">\n${body}\n</file>\n</xliff>`;

describe('readXliff (files from other tools)', () => {
  it('XLIFF 2: flattens inline codes keeping their text, reads groups, ignorables and cp', () => {
    const xml = x2(`<group id="g"><unit id="u1">
  <originalData><data id="d1">&lt;b&gt;</data></originalData>
  <segment id="a" state="reviewed"><source>سلام <pc id="1" dataRefStart="d1">دنیا</pc><ph id="2"/>!</source><target>Hello <pc id="1">world</pc><ph id="2"/>!<cp hex="263A"/></target></segment>
  <ignorable><source> </source></ignorable>
  <segment><source><mrk id="m" type="term">ایران</mrk> <sc id="3"/>و<ec startRef="3"/></source></segment>
</unit></group>`);
    const data = readXliff(xml, 'in.xlf');
    expect(data).toMatchObject({ version: '2.0', srcLang: 'fa', trgLang: 'en-US' });
    expect(data.files[0]!.units).toEqual([
      {
        id: 'u1',
        segments: [
          {
            id: 'a',
            source: 'سلام دنیا!',
            target: 'Hello world!☺',
            state: 'reviewed',
            xliffState: 'reviewed',
          },
          { id: 'u1#1', source: 'ایران و', target: '', state: 'new', xliffState: 'initial' },
        ],
      },
    ]);
  });

  it('XLIFF 2: an initial segment with a target from another tool is a draft', () => {
    const data = readXliff(
      x2('<unit id="u"><segment id="s1"><source>الف</source><target>A</target></segment></unit>'),
      'in.xlf',
    );
    expect(data.files[0]!.units[0]!.segments[0]!.state).toBe('draft');
  });

  it('XLIFF 1.2: trans-units outside groups, inline g/x/bpt, states by meaning', () => {
    const xml = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="doc.txt" source-language="fa-IR" target-language="en" datatype="plaintext"><body>
<trans-unit id="1"><source>متن <g id="1">پررنگ</g><x id="2"/></source><target state="needs-review-translation">bold <g id="1">text</g><bpt id="3">&lt;i&gt;</bpt>x<ept id="3">&lt;/i&gt;</ept></target></trans-unit>
<trans-unit id="2"><source>دو</source><target>two</target></trans-unit>
<trans-unit id="3"><source>سه</source></trans-unit>
</body></file></xliff>`;
    const data = readXliff(xml, 'in.xlf');
    expect(data.files).toEqual([
      {
        id: 'doc.txt',
        original: 'doc.txt',
        units: [
          {
            id: '1',
            segments: [
              {
                id: '1',
                source: 'متن پررنگ',
                target: 'bold textx',
                state: 'translated',
                xliffState: 'needs-review-translation',
              },
            ],
          },
          { id: '2', segments: [{ id: '2', source: 'دو', target: 'two', state: 'translated' }] },
          { id: '3', segments: [{ id: '3', source: 'سه', target: '', state: 'new' }] },
        ],
      },
    ]);
  });

  it('XLIFF 1.2: approved="yes" confirms, approved="no" keeps a translated target a draft (issue 13.1)', () => {
    const tu = (id: number, attrs: string, state: string | null): string =>
      `<trans-unit id="${id}"${attrs}><source>م${id}</source><target${state === null ? '' : ` state="${state}"`}>t${id}</target></trans-unit>`;
    const xml = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="d.txt" source-language="fa" target-language="en" datatype="plaintext"><body>
${tu(1, ' approved="yes"', null)}${tu(2, ' approved="yes"', 'translated')}${tu(3, ' approved="yes"', 'signed-off')}
${tu(4, ' approved="yes"', 'final')}${tu(5, ' approved="yes"', 'needs-translation')}${tu(6, ' approved="no"', 'translated')}
${tu(7, ' approved="no"', 'needs-translation')}${tu(8, ' approved="no"', 'final')}${tu(9, '', 'translated')}
</body></file></xliff>`;
    const states = readXliff(xml, 'in.xlf').files[0]!.units.map((u) => u.segments[0]!.state);
    expect(states).toEqual([
      'translated',
      'translated',
      'reviewed',
      'final',
      'translated',
      'draft',
      'draft',
      'final',
      'translated',
    ]);
  });

  it('leaves out targets that copy the source or are in Arabic script, and counts them (issue 13.2)', () => {
    // OmegaT's XLIFF filter fills every untranslated target with the source.
    const xml = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="d.txt" source-language="fa" target-language="en" datatype="plaintext"><body>
<trans-unit id="s0"><source>رئیس‌جمهور گفت.</source><target>رئیس‌جمهور گفت.</target></trans-unit>
<trans-unit id="s1"><source>دیدار کرد.</source><target state="translated">دیدار کرد و رفت.</target></trans-unit>
<trans-unit id="s2"><source>سلام.</source><target state="translated">Hello.</target></trans-unit>
<trans-unit id="s3"><source>سه</source><target state="translated">&#x200C; </target></trans-unit>
<trans-unit id="s4"><source>IAEA</source><target state="translated">IAEA</target></trans-unit>
</body></file></xliff>`;
    const data = readXliff(xml, 'omegat.xlf');
    const segs = data.files[0]!.units.flatMap((u) => u.segments);
    expect(segs.map((s) => [s.id, s.target, s.state])).toEqual([
      ['s2', 'Hello.', 'translated'],
      ['s3', '', 'new'],
      ['s4', 'IAEA', 'translated'],
    ]);
    expect(data.skipped).toEqual({ copies_source: 1, arabic_script: 1 });
    const x2data = readXliff(
      x2(
        '<unit id="u"><segment id="s1" state="translated"><source>الف</source><target>الف</target></segment></unit>',
      ),
      'in.xlf',
    );
    expect(x2data.files[0]!.units[0]!.segments).toEqual([]);
    expect(x2data.skipped).toEqual({ copies_source: 1 });
  });

  it('rejects a source language other than Persian, naming element and line', () => {
    const err = errorOf(
      x2('<unit id="u"><segment><source>x</source></segment></unit>', 'srcLang="en" trgLang="fa"'),
    );
    expect(err.code).toBe('parse');
    expect(err.params).toMatchObject({
      file: 'in.xlf',
      line: 2,
      element: 'xliff',
      reason: 'source language is en, expected Persian (fa)',
    });
    const e12 = errorOf(
      '<xliff version="1.2">\n<file original="a" source-language="ar" datatype="plaintext"><body/></file></xliff>',
    );
    expect(e12.params).toMatchObject({ line: 2, element: 'file' });
  });

  it('rejects a target language other than English', () => {
    expect(
      errorOf(x2('<unit id="u"><segment><source>x</source></segment></unit>', 'srcLang="fa" trgLang="de"'))
        .params.reason,
    ).toMatch(/target language is de/);
  });

  it('reports unknown states, missing source and missing ids with the element and line', () => {
    expect(
      errorOf(
        x2('<unit id="u">\n<segment state="done"><source>x</source><target>y</target></segment></unit>'),
      ).params,
    ).toMatchObject({
      element: 'segment',
      line: 5,
      reason: 'unknown state "done"',
    });
    expect(errorOf(x2('<unit id="u"><segment><target>y</target></segment></unit>')).params).toMatchObject({
      element: 'segment',
      reason: 'missing <source>',
    });
    expect(errorOf(x2('<unit><segment><source>x</source></segment></unit>')).params).toMatchObject({
      element: 'unit',
      reason: 'missing attribute id',
    });
  });

  it('rejects other versions and other vocabularies', () => {
    expect(errorOf('<xliff version="3.0" srcLang="fa"/>').params.reason).toBe(
      'unsupported XLIFF version "3.0"',
    );
    expect(errorOf('<tmx version="1.4"/>').params).toMatchObject({
      element: 'tmx',
      reason: 'not an XLIFF file',
    });
  });

  it('passes XML errors through with the line', () => {
    expect(
      errorOf(x2('<unit id="u"><segment><source>&nbsp;</source></segment></unit>')).params,
    ).toMatchObject({ line: 4, reason: 'undefined entity &nbsp;' });
  });
});
