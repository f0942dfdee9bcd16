import { describe, expect, it } from 'vitest';
import { EntryCollector } from '../../../../src/core/formats/glossary/entry-collector';
import { readTable } from '../../../../src/core/formats/glossary/table-read';
import type { TableRow } from '../../../../src/core/formats/glossary/table-read';
import { OMEGAT_COLUMNS } from '../../../../src/core/formats/glossary/table-columns';

describe('table reading streams (issue 13.17)', () => {
  it('files each row of a sheet without an entry column while later rows are still unread', () => {
    const collector = new EntryCollector();
    const filedBeforeRow: number[] = [];
    function* rows(): Generator<TableRow> {
      for (let i = 0; i < 5; i++) {
        filedBeforeRow.push(collector.entries.length);
        yield { line: i + 1, cells: [`سپاه ${i}`, `IRGC ${i}`] };
      }
    }
    readTable(rows(), OMEGAT_COLUMNS, undefined, collector);
    // Nothing waits for the end of the file: memory stays flat however many lines there are.
    expect(filedBeforeRow).toEqual([0, 1, 2, 3, 4]);
    expect(collector.entries).toHaveLength(5);
  });

  it('still groups rows by the entry column, wherever they are', () => {
    const collector = new EntryCollector();
    const rows: TableRow[] = [
      { line: 1, cells: ['7', 'سپاه', 'IRGC'] },
      { line: 2, cells: ['8', 'وزیر', 'Minister'] },
      { line: 3, cells: ['7', 'سپاه', 'Guards'] },
    ];
    readTable(rows, { entry: 0, fa: 1, en: 2 }, ['entry', 'fa', 'en'], collector);
    expect(collector.entries.map((e) => [e.where, e.entry.terms.map((t) => t.text)])).toEqual([
      ['lines 1, 3', ['سپاه', 'IRGC', 'Guards']],
      ['line 2', ['وزیر', 'Minister']],
    ]);
  });
});
