/**
 * The misspelt-name check: on the four reports it finds «خرنینگ» (the glossary has «خرنین», Viktor Khrenin)
 * and at most one other word; the rules that keep ordinary words out are tested one by one. The rate on
 * 1 MB of other news-like text is measured in bench/misspelling.ts.
 */
import { describe, expect, it } from 'vitest';
import { buildNameIndex, editDistance, findMisspellings, runQa } from '../../../src/core/qa';
import type { Entry } from '../../../src/shared/model';
import { corpusDocuments, qaSegment, shippedGlossary } from './shipped-corpus';

const entry = (
  id: number,
  subject: Entry['subject'],
  fa: [string, Entry['terms'][number]['status']][],
  en: string,
): Entry => ({
  id,
  subject,
  terms: [
    ...fa.map(([text, status]) => ({ lang: 'fa' as const, text, status })),
    { lang: 'en', text: en, status: 'preferred' },
  ],
  createdAt: '',
  createdBy: '',
  modifiedAt: '',
  modifiedBy: '',
});

describe('possible-misspelling', () => {
  it('on the four reports flags «خرنینگ» as Khrenin, and at most one other word', () => {
    const g = shippedGlossary();
    const segments = corpusDocuments().flatMap((d) => d.sources.map((s, i) => qaSegment(d, i, s, '', 'new')));
    const found = runQa(segments, { names: g.qa.names, checks: ['possible-misspelling'] });
    console.log(
      `misspelling check on the four reports: ${found.map((f) => `«${f.text}» → «${f.params.term}»`).join(', ')}`,
    );
    expect(found.map((f) => [f.text, f.params.term, f.params.english])).toContainEqual([
      'خرنینگ',
      'خرنین',
      'Viktor Khrenin',
    ]);
    expect(found.length).toBeLessThanOrEqual(2);
    const f = found.find((x) => x.text === 'خرنینگ');
    const seg = segments.find((s) => s.documentId === f?.documentId && s.index === f.segment);
    expect(seg?.source.slice(f?.range?.start, f?.range?.end)).toBe('خرنینگ');
  });

  it('counts edits over match keys: Arabic letter forms and ZWNJ are no edit', () => {
    expect(editDistance('خرنینگ', 'خرنین', 2)).toBe(1);
    expect(editDistance('ولفویچ', 'ولفوویچ', 2)).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    const index = buildNameIndex([entry(1, 'person', [['ویکتور خرنین', 'preferred']], 'Viktor Khrenin')]);
    expect(findMisspellings(index, 'ديدار با خرنينگ').map((m) => m.word)).toEqual(['خرنينگ']);
  });

  it('leaves ordinary words, inflections, short words and listed spellings alone', () => {
    const index = buildNameIndex([
      entry(1, 'place', [['بلاروس', 'preferred']], 'Belarus'),
      entry(
        2,
        'place',
        [
          ['اوکراین', 'preferred'],
          ['اکراین', 'admitted'],
        ],
        'Ukraine',
      ),
      entry(3, 'person', [['لوکاشنکو', 'preferred']], 'Lukashenko'),
      entry(4, 'politics', [['همکاری', 'preferred']], 'cooperation'),
      entry(5, 'place', [['ایران', 'preferred']], 'Iran'),
    ]);
    const words = (text: string) => findMisspellings(index, text).map((m) => `${m.word}→${m.name.term}`);
    expect(words('هیئت بلاروسی و بلاروس‌ها')).toEqual([]); // name + suffix
    expect(words('در اکراین')).toEqual([]); // an admitted spelling
    expect(words('همکاربی')).toEqual([]); // not a name entry
    expect(words('ایرا ایوان')).toEqual([]); // five-letter words have real neighbours: «ایوان» is not «ایران»
    expect(words('بلاروش')).toEqual(['بلاروش→بلاروس']);
    expect(words('لوکاشنکا')).toEqual(['لوکاشنکا→لوکاشنکو']);
    expect(words('کوکاشنکو')).toEqual([]); // a different first letter
    expect(words('ایروان')).toEqual([]); // Yerevan: a five-letter name may only differ at the end
    expect(words('بلاروسک')).toEqual(['بلاروسک→بلاروس']); // a letter too many that is no suffix
  });

  it('does not trust a hit on a deprecated spelling, and does trust one on an approved term', () => {
    const index = buildNameIndex([
      entry(
        1,
        'person',
        [
          ['ویکتور خرنین', 'preferred'],
          ['ویکتور خرنینگ', 'deprecated'],
        ],
        'Viktor Khrenin',
      ),
    ]);
    expect(findMisspellings(index, 'ویکتور خرنینگ').map((m) => m.word)).toEqual(['خرنینگ']);
    expect(findMisspellings(index, 'ویکتور خرنینگ', [{ start: 0, end: 13 }])).toEqual([]);
  });
});
