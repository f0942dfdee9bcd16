import { describe, expect, it } from 'vitest';
import { unescapeTsvField, writeDelimited } from '../../../../src/core/formats/bilingual';
import type { BilingualDoc, BilingualSegment } from '../../../../src/core/formats/bilingual';
import { corpusDocs, join } from './fixture';

/** A strict RFC 4180 reader, written independently of the writer, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' && field === '') {
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q === -1) throw new Error('unterminated quote');
        if (text[q + 1] === '"') {
          field += text.slice(j, q + 1);
          j = q + 2;
        } else {
          field += text.slice(j, q);
          i = q + 1;
          break;
        }
      }
      continue;
    }
    if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else {
      if (c === '"' || c === '\n' || c === '\r') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
      field += c;
      i++;
    }
  }
  if (field !== '' || row.length > 0) throw new Error('last row without CRLF');
  return rows;
}

const expectedRows = (docs: BilingualDoc[]): string[][] =>
  docs.flatMap((d) =>
    ([...d.segments] as BilingualSegment[]).map((s) => [
      d.name,
      String(s.index),
      String(s.paragraph),
      s.status,
      s.source,
      s.target,
    ]),
  );

describe('writeDelimited', () => {
  const docs = corpusDocs();
  const nasty: BilingualDoc = {
    id: 9,
    name: 'a,b "c"',
    segments: [
      {
        index: 0,
        paragraph: 0,
        source: 'خط\nدوم,\t"نقل"',
        target: 'back\\slash\ttab\r\nCRLF «۳+۳»',
        status: 'draft',
        updatedAt: '',
      },
    ],
  };

  it('CSV: BOM, header, CRLF rows, RFC 4180 quoting that reads back exactly', () => {
    const csv = join(writeDelimited([...docs, nasty], 'csv'));
    expect(csv.startsWith('\ufeffdocument,segment,paragraph,status,source,target\r\n')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual(['document', 'segment', 'paragraph', 'status', 'source', 'target']);
    expect(rows.slice(1)).toEqual(expectedRows([...docs, nasty]));
  });

  it('TSV: one line per segment, \\t \\n \\r \\\\ escaped, reversible', () => {
    const tsv = join(writeDelimited([...docs, nasty], 'tsv'));
    const lines = tsv.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines[0]).toBe('document\tsegment\tparagraph\tstatus\tsource\ttarget');
    const rows = lines.slice(1).map((l) => l.split('\t'));
    expect(rows.every((r) => r.length === 6)).toBe(true);
    expect(rows.map((r) => r.map(unescapeTsvField))).toEqual(expectedRows([...docs, nasty]));
    expect(lines.at(-1)).toBe('a,b "c"\t0\t0\tdraft\tخط\\nدوم,\\t"نقل"\tback\\\\slash\\ttab\\r\\nCRLF «۳+۳»');
  });

  it('neutralises cells a spreadsheet would run as formulas, in CSV and TSV (issue 13.14)', () => {
    const evil: BilingualDoc = {
      id: 9,
      name: '=cmd|"/c calc"!A1',
      segments: [
        { index: 0, paragraph: 0, source: '@SUM(1)', target: '=1+2', status: 'draft', updatedAt: '' },
        { index: 1, paragraph: 0, source: '-۳', target: "'+3", status: 'draft', updatedAt: '' },
        { index: 2, paragraph: 0, source: 'متن', target: '\t=tab first', status: 'draft', updatedAt: '' },
      ] as BilingualSegment[],
    };
    const csv = parseCsv(join(writeDelimited([evil], 'csv')).slice(1)).slice(1);
    expect(csv.map((r) => [r[0], r[4], r[5]])).toEqual([
      [`'=cmd|"/c calc"!A1`, "'@SUM(1)", "'=1+2"],
      [`'=cmd|"/c calc"!A1`, "'-۳", "''+3"],
      [`'=cmd|"/c calc"!A1`, 'متن', "'\t=tab first"],
    ]);
    const tsv = join(writeDelimited([evil], 'tsv'))
      .split('\n')
      .slice(1, -1)
      .map((l) => l.split('\t'));
    for (const cell of tsv.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(tsv.map((r) => r.map(unescapeTsvField)[5])).toEqual(['=1+2', "'+3", '\t=tab first']);
  });

  it('unescapeTsvField keeps unknown escapes and a trailing backslash', () => {
    expect(unescapeTsvField('a\\xb\\')).toBe('a\\xb\\');
  });
});
