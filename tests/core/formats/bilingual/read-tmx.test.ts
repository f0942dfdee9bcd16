import { describe, expect, it } from 'vitest';
import { readTmx, streamTmx } from '../../../../src/core/formats/bilingual';
import type { TmxUnitData } from '../../../../src/core/formats/bilingual/model';
import { AppError } from '../../../../src/shared/errors';

const tmx = (body: string, srclang = 'fa-IR'): string =>
  `<?xml version="1.0"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="${srclang}" datatype="plaintext"/>\n<body>\n${body}\n</body></tmx>`;

const errorOf = (xml: string): AppError => {
  try {
    readTmx(xml, 'in.tmx');
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an error');
};

describe('readTmx', () => {
  it('picks Persian and English variants, drops native codes, keeps hi text, values as strings', () => {
    const data = readTmx(
      tmx(`<tu creationdate="20230102T030405Z"><prop type="x-segment">007</prop>
  <tuv xml:lang="en-GB"><seg>The <bpt i="1">&lt;b&gt;</bpt>3+3<ept i="1">&lt;/b&gt;</ept> format <hi>now</hi></seg></tuv>
  <tuv xml:lang="FA-ir"><seg>چارچوب «۳+۳»</seg></tuv>
</tu>
<tu><tuv lang="fa"><seg> فقط فارسی </seg></tuv><tuv xml:lang="ar"><seg>عربي</seg></tuv></tu>
<tu><tuv lang="fa"><seg>دو</seg></tuv><tuv xml:lang="en"><seg>two</seg></tuv></tu>`),
      'in.tmx',
    );
    expect(data.srcLang).toBe('fa-IR');
    expect(data.units.map((u) => ({ ...u, props: { ...u.props } }))).toEqual([
      {
        source: 'چارچوب «۳+۳»',
        target: 'The 3+3 format now',
        props: { 'x-segment': '007' },
        creationDate: '2023-01-02T03:04:05Z',
      },
      { source: 'دو', target: 'two', props: {} },
    ]);
    // The unit without English is counted, not returned with an empty target.
    expect(data.skipped).toEqual({ no_pair: 1 });
  });

  it('reads the same units without props, still refusing a prop without a type', () => {
    const body = `<tu creationid="ann" creationdate="20230102T030405Z"><prop type="x-segment">007</prop>
  <note>a <b>note</b></note>
  <tuv xml:lang="fa"><prop type="x-tuv">kept out</prop><seg>دو <ph>&lt;x/&gt;</ph>سه</seg></tuv>
  <tuv xml:lang="en"><seg>two three</seg></tuv>
</tu>
<tu><tuv lang="fa"><seg>یک</seg></tuv><tuv xml:lang="en"><seg>one</seg></tuv></tu>`;
    const read = (xml: string, props: boolean): [TmxUnitData, number][] => {
      const units: [TmxUnitData, number][] = [];
      streamTmx(xml, 'in.tmx', (u, line) => units.push([u, line]), undefined, { props });
      return units;
    };
    const withProps = read(tmx(body), true);
    const without = read(tmx(body), false);
    expect(withProps[0]?.[0].props).toEqual({ 'x-segment': '007' });
    expect(without.map(([u, line]) => [{ ...u, props: { ...u.props } }, line])).toEqual(
      withProps.map(([u, line]) => [{ ...u, props: {} }, line]),
    );
    expect(without[0]?.[0]).toMatchObject({ source: 'دو سه', target: 'two three', author: 'ann' });
    const untyped = tmx(
      '<tu>\n<prop>x</prop><tuv lang="fa"><seg>یک</seg></tuv><tuv xml:lang="en"><seg>one</seg></tuv></tu>',
    );
    for (const props of [true, false]) {
      let error: unknown;
      try {
        read(untyped, props);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).params).toMatchObject({
        line: 6,
        element: 'prop',
        reason: 'missing attribute type',
      });
    }
    // What is skipped is still read as XML: a broken prop breaks the file.
    expect(() => read(tmx('<tu><prop type="a">x</pro></tu>'), false)).toThrow(AppError);
  });

  it('accepts srclang="*all*"', () => {
    const data = readTmx(
      tmx('<tu><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="fa"><seg>الف</seg></tuv></tu>', '*all*'),
      'in.tmx',
    );
    expect(data.units[0]).toMatchObject({ source: 'الف', target: 'a' });
  });

  it('skips units that are not Persian → English translations and counts them by reason (issue 13.5)', () => {
    const tu = (fa: string, en: string): string =>
      `<tu><tuv xml:lang="fa"><seg>${fa}</seg></tuv><tuv xml:lang="en"><seg>${en}</seg></tuv></tu>`;
    const data = readTmx(
      tmx(
        [
          tu('یک', ''),
          tu('دو', ' \u200c '),
          tu(' ', 'blank source'),
          tu('رئیس‌جمهور', 'رئيس جمهور'),
          tu('سه', 'سه و چهار'),
          '<tu><tuv xml:lang="en"><seg>English only</seg></tuv></tu>',
          tu('پنج', 'five'),
        ].join('\n'),
      ),
      'in.tmx',
    );
    expect(data.units.map((u) => u.target)).toEqual(['five']);
    expect(data.skipped).toEqual({
      empty_target: 2,
      empty_source: 1,
      copies_source: 1,
      arabic_script: 1,
      no_pair: 1,
    });
  });

  it('rejects a non-Persian memory and broken units, with element and line', () => {
    expect(errorOf(tmx('', 'en-US')).params).toMatchObject({
      element: 'header',
      line: 3,
      reason: 'source language is en-US, expected Persian (fa)',
    });
    expect(errorOf(tmx('<tu><tuv xml:lang="fa"></tuv></tu>')).params).toMatchObject({
      element: 'tuv',
      reason: 'missing <seg>',
    });
    expect(errorOf('<xliff/>').params).toMatchObject({ element: 'xliff', reason: 'not a TMX file' });
  });

  it('rejects entity tricks and truncation like any XML', () => {
    expect(
      errorOf('<!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]><tmx>&x;</tmx>').params.reason,
    ).toBe('entity declarations are not allowed');
    expect(
      errorOf(tmx('<tu><tuv xml:lang="fa"><seg>ناتمام').replace(/<\/body><\/tmx>$/, '')).params.reason,
    ).toMatch(/unclosed/);
  });

  // Generous timeout: the machine running the suite may be shared; the time is printed, not asserted.
  it('reads 100,000 units', { timeout: 120_000 }, () => {
    const tus: string[] = [];
    for (let i = 0; i < 100_000; i++)
      tus.push(
        `<tu><prop type="x-segment">${i}</prop><tuv xml:lang="fa-IR"><seg>جمله ${i}</seg></tuv><tuv xml:lang="en"><seg>sentence ${i}</seg></tuv></tu>`,
      );
    const xml = tmx(tus.join('\n'));
    const t0 = performance.now();
    const data = readTmx(xml, 'big.tmx');
    console.log(
      `readTmx: 100,000 tu (${(xml.length / 1e6).toFixed(1)} M chars) in ${(performance.now() - t0).toFixed(0)} ms`,
    );
    expect(data.units).toHaveLength(100_000);
    expect(data.units[99_999]).toMatchObject({
      source: 'جمله 99999',
      target: 'sentence 99999',
      props: { 'x-segment': '99999' },
    });
  });
});
