import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGlossary, writeGlossary } from '../../../../src/core/formats/glossary';
import { SAMPLE } from './sample-entries';

const fixture = (name: string): string => readFileSync(new URL(`../../../fixtures/glossary/${name}`, import.meta.url), 'utf8');
const parse = (text: string) => parseGlossary(text, 'g.txt', 'tsv');
const ours = (): string => [...writeGlossary(SAMPLE, 'tsv', { createdAt: new Date(0), tool: 'test' })].join('');
/** 1-based line of the first data row of our export (after the # header). */
const firstDataLine = (): number => ours().split('\n').findIndex((l) => !l.startsWith('#')) + 1;

describe('OmegaT glossary TSV', () => {
  it('reads one entry per row: Persian, preferred English, comment as note', () => {
    const g = parse(fixture('omegat-glossary.txt'));
    expect(g.format).toBe('omegat-tsv');
    expect(g.rejected).toEqual([]);
    expect(g.entries).toHaveLength(5);
    expect(g.entries[0]).toEqual({
      where: 'line 3',
      externalId: undefined,
      entry: {
        subject: 'general',
        note: 'cabinet',
        terms: [
          { lang: 'fa', text: 'وزیر دفاع', status: 'preferred' },
          { lang: 'en', text: 'Minister of Defence', status: 'preferred' },
        ],
      },
    });
  });

  it('folds Arabic yeh and kaf (Windows-1256 files) into Persian letters in Persian terms only', () => {
    const terms = parse(fixture('omegat-glossary.txt')).entries.map((e) => e.entry.terms[0]?.text);
    expect(terms).toContain('نیروهای مسلح');
    expect(terms).toContain('شورای عالی امنیت ملی');
    expect(terms.join('')).not.toMatch(/[يك]/);
  });

  it('reads a Windows-1256 file once the caller has decoded it', () => {
    // "وزير<TAB>minister" in Windows-1256: the code page has only the Arabic yeh (0xED).
    const bytes = new Uint8Array([0xe6, 0xd2, 0xed, 0xd1, 0x09, ...new TextEncoder().encode('minister\r\n')]);
    const g = parse(new TextDecoder('windows-1256').decode(bytes));
    expect(g.entries[0]?.entry.terms[0]).toEqual({ lang: 'fa', text: 'وزیر', status: 'preferred' });
  });

  it('keeps backslashes of a plain OmegaT file literally (no escapes without our header)', () => {
    const last = parse(fixture('omegat-glossary.txt')).entries.at(-1)?.entry;
    expect(last?.note).toBe('paraphrase: C:\\path\\not\\an\\escape');
  });

  it('accepts CRLF and a BOM', () => {
    const g = parse('\ufeffوزیر\tminister\r\nسردار\tbrigadier general\r\n');
    expect(g.entries.map((e) => e.entry.terms[1]?.text)).toEqual(['minister', 'brigadier general']);
  });

  it('rejects empty cells and tab-less rows by line, and keeps the rest', () => {
    const g = parse('# c\nسرلشکر\tMajor General\n\tOrphan English\nبی‌ترجمه\t  \nبدون تب\nسپاه\tIRGC\n');
    expect(g.entries.map((e) => e.where)).toEqual(['line 2', 'line 6']);
    // In line order: rows without an entry column are read and filed one by one (streaming).
    expect(g.rejected).toEqual([
      { where: 'line 3', reason: 'empty Persian cell' },
      { where: 'line 4', reason: 'empty English cell' },
      { where: 'line 5', reason: 'no tab: expected Persian<TAB>English<TAB>comment' },
    ]);
  });

  it('reports a repeated row as a duplicate of the first, whatever its comment', () => {
    const g = parse('سپاه\tIRGC\tfirst\nسپاه\tirgc\tagain\nسپاه\tGuards\n');
    expect(g.entries).toHaveLength(2);
    expect(g.rejected).toEqual([{ where: 'line 2', reason: 'duplicate of line 1 (same Persian and English terms)' }]);
  });

  it('recognises an uncommented header row only when every cell is a column name', () => {
    const named = parse('Persian\tEnglish\tStatus\nسپاه\tGuards\tdeprecated\n');
    expect(named.format).toBe('tsv');
    expect(named.entries[0]?.entry.terms[1]).toEqual({ lang: 'en', text: 'Guards', status: 'deprecated' });
    const data = parse('source\ttarget\tfoo bar\n');
    expect(data.entries[0]?.entry.terms.map((t) => t.text)).toEqual(['source', 'target']);
  });
});

describe('our TSV export', () => {
  it('starts with #-comment lines that name every column, so OmegaT skips them', () => {
    const lines = ours().split('\n');
    expect(lines[0]).toMatch(/^# Barabar glossary TSV 1/);
    const header = lines.find((l) => l.startsWith('# fa\t'));
    expect(header?.slice(2).split('\t')).toContain('en-status');
    // Every data line has a Persian or English term in OmegaT's first two columns.
    const data = lines.filter((l) => l !== '' && !l.startsWith('#'));
    expect(data.every((l) => (l.split('\t')[0] ?? '') !== '' || (l.split('\t')[1] ?? '') !== '')).toBe(true);
  });

  it('never offers OmegaT a deprecated or forbidden English term', () => {
    const pairs = ours()
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('#'))
      .map((l) => l.split('\t'));
    const bad = new Set(['Divisional General', 'Revolutionary Guards']);
    expect(pairs.filter((c) => bad.has(c[1] ?? '') && (c[0] ?? '') !== '')).toEqual([]);
    expect(pairs.filter((c) => bad.has(c[1] ?? '')).map((c) => c[2])).toEqual(['[forbidden] calque; never use', '[deprecated]']);
  });

  it('keeps an entry together when a spreadsheet sort scatters its rows', () => {
    const [comments, ...rest] = splitHeader(ours());
    const shuffled = [...rest].sort((a, b) => (a.split('\t')[5] ?? '').localeCompare(b.split('\t')[5] ?? '') || b.localeCompare(a));
    const g = parse(comments + shuffled.join('\n'));
    expect(g.rejected).toEqual([]);
    expect(g.entries).toHaveLength(SAMPLE.length);
    const irgc = g.entries.find((e) => e.entry.subject === 'organisation')?.entry;
    // Sorting moved the rows, so the order within a language follows the new rows; the content is intact.
    expect(irgc?.terms.map((t) => `${t.text}:${t.status}`).sort()).toEqual(
      SAMPLE[1]?.terms.map((t) => `${t.text}:${t.status}`).sort(),
    );
  });

  it('rejects a hand-edited row with an unknown status, naming line and column, and drops its entry', () => {
    const text = ours().replace('\tadmitted\t\t\tcolloquial spelling', '\tprefered\t\t\tcolloquial spelling');
    const g = parse(text);
    expect(g.rejected).toEqual([
      {
        where: `line ${firstDataLine() + 1}`,
        reason: 'unknown status "prefered" in column "fa-status" (expected one of: preferred, admitted, deprecated, forbidden)',
      },
    ]);
    expect(g.entries.map((e) => e.entry.key)).not.toContain('rank/sarlashkar');
    expect(g.entries).toHaveLength(SAMPLE.length - 1);
  });

  it('rejects rows of one entry that disagree on an entry-level field', () => {
    const lines = ours().split('\n');
    const edited = lines.findIndex((l) => l.startsWith('سرلشگر'));
    const cells = (lines[edited] ?? '').split('\t');
    cells[5] = 'military';
    lines[edited] = cells.join('\t');
    const g = parse(lines.join('\n'));
    expect(g.rejected).toEqual([{ where: `line ${edited + 1}`, reason: `subject "military" differs from "rank" on line ${firstDataLine()}` }]);
  });

  it('drops an exact repeat of a row as a duplicate but keeps the entry', () => {
    const lines = ours().split('\n');
    const first = firstDataLine();
    lines.splice(first + 1, 0, lines[first - 1] ?? '');
    const g = parse(lines.join('\n'));
    expect(g.rejected).toEqual([{ where: `line ${first + 2}`, reason: `duplicate of line ${first}` }]);
    expect(g.entries).toHaveLength(SAMPLE.length);
  });

  it('decodes escapes only under our marker line', () => {
    const marker = '# Barabar glossary TSV 1\n# fa\ten\tnote\n';
    expect(parse(`${marker}کلید\tkey\ta\\tb\\nc\\\\d\n`).entries[0]?.entry.note).toBe('a\tb\nc\\d');
    expect(parse(`# fa\ten\tnote\nکلید\tkey\ta\\tb\n`).entries[0]?.entry.note).toBe('a\\tb');
  });
});

function splitHeader(text: string): [string, ...string[]] {
  const lines = text.split('\n').filter((l) => l !== '');
  const comments = lines.filter((l) => l.startsWith('#'));
  return [comments.join('\n') + '\n', ...lines.filter((l) => !l.startsWith('#'))];
}
