import { describe, expect, it } from 'vitest';
import { detectGlossaryFormat, parseGlossary, writeGlossary } from '../../../../src/core/formats/glossary';
import { GLOSSARY_FORMATS } from '../../../../src/shared/model';
import type { EntryInput } from '../../../../src/shared/model';
import { SAMPLE, STORED, canonical } from './sample-entries';

const opts = { createdAt: new Date('2025-04-01T12:00:00Z'), tool: 'Barabar 0.1.0' };
const write = (entries: Iterable<EntryInput>, format: (typeof GLOSSARY_FORMATS)[number]): string =>
  [...writeGlossary(entries, format, opts)].join('');

describe.each(GLOSSARY_FORMATS)('%s round trip', (format) => {
  it('gives back the same entries, statuses, types and notes', () => {
    const parsed = parseGlossary(write(SAMPLE, format), `out.${format}`, format);
    expect(parsed.rejected).toEqual([]);
    expect(parsed.entries.map((p) => p.entry)).toEqual(SAMPLE.map(canonical));
  });

  it('reads stored entries (ids, history) back without their database fields', () => {
    const parsed = parseGlossary(write(STORED, format), `out.${format}`, format);
    expect(parsed.rejected).toEqual([]);
    expect(parsed.entries.map((p) => p.entry)).toEqual(SAMPLE.map(canonical));
  });

  it('is detected as itself from its own content and name', () => {
    const text = write(SAMPLE, format);
    const ext = format === 'tbx-basic' ? 'tbx' : format;
    expect(detectGlossaryFormat(text, `glossary.${ext}`)).toBe(format);
    expect(parseGlossary(text, `glossary.${ext}`).entries).toHaveLength(SAMPLE.length);
  });

  it('groups terms by language, Persian first, whatever order they were given in', () => {
    const mixed: EntryInput = {
      subject: 'place',
      terms: [
        { lang: 'en', text: 'Minsk', status: 'preferred' },
        { lang: 'fa', text: 'مینسک', status: 'preferred' },
        { lang: 'en', text: 'Mensk', status: 'deprecated' },
        { lang: 'fa', text: 'منسک', status: 'admitted' },
      ],
    };
    const [parsed] = parseGlossary(write([mixed], format), `out.${format}`, format).entries;
    expect(parsed?.entry.terms.map((t) => t.text)).toEqual(['مینسک', 'منسک', 'Minsk', 'Mensk']);
  });

  it('streams: one piece for the header and one per entry', () => {
    const pieces = [...writeGlossary(SAMPLE, format, opts)];
    expect(pieces.length).toBeGreaterThanOrEqual(SAMPLE.length + 1);
    expect(pieces.slice(1, 1 + SAMPLE.length).every((p) => p.length > 0)).toBe(true);
  });
});

describe('entry ids', () => {
  it('report the stable key, else the database id, as externalId', () => {
    const tsv = parseGlossary(write(STORED, 'tsv'), 'out.tsv', 'tsv').entries;
    expect(tsv.map((p) => p.externalId)).toEqual(['1', '2', '3', '4', '5']);
    const tbx = parseGlossary(write(STORED, 'tbx'), 'out.tbx', 'tbx').entries;
    expect(tbx[0]?.externalId).toBe('k-rank_2fsarlashkar');
    expect(tbx[1]?.externalId).toBe('e2');
    expect(tbx.map((p) => p.entry.key)).toEqual(SAMPLE.map((e) => e.key));
  });
});
