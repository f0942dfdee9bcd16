/**
 * A small glossary that exercises everything a format has to carry: every status, term type and
 * optional field, several spellings per language, a preferred English term that is not the first one,
 * and text with the characters each format treats specially (tab, newline, CR, quote, comma, &, <, \, #).
 */
import type { Entry, EntryInput } from '../../../../src/shared/model';

export const SAMPLE: EntryInput[] = [
  {
    key: 'rank/sarlashkar',
    subject: 'rank',
    definition: 'Two-star rank in the army and the IRGC.',
    note: 'Use with the branch: "Major General (IRGC)".',
    source: 'Desk style guide, 2024',
    terms: [
      { lang: 'fa', text: 'سرلشکر', status: 'preferred', termType: 'fullForm', partOfSpeech: 'noun' },
      { lang: 'fa', text: 'سرلشگر', status: 'admitted', note: 'colloquial spelling' },
      { lang: 'en', text: 'Major General', status: 'preferred', partOfSpeech: 'noun' },
      { lang: 'en', text: 'Divisional General', status: 'forbidden', note: 'calque; never use' },
    ],
  },
  {
    // Preferred English is not the first English term: the TSV/CSV layout must keep this order.
    subject: 'organisation',
    terms: [
      { lang: 'fa', text: 'سپاه پاسداران انقلاب اسلامی', status: 'preferred', termType: 'fullForm' },
      { lang: 'fa', text: 'سپاه', status: 'admitted', termType: 'shortForm' },
      { lang: 'en', text: 'Revolutionary Guards', status: 'deprecated' },
      { lang: 'en', text: 'Islamic Revolution Guards Corps', status: 'preferred', termType: 'fullForm' },
      { lang: 'en', text: 'IRGC', status: 'admitted', termType: 'acronym' },
    ],
  },
  {
    key: 'politics/raees_jomhour.v2',
    subject: 'politics',
    note: 'Three spellings in the corpus:\n- joined\n- spaced\n- with ZWNJ',
    terms: [
      { lang: 'fa', text: 'رئیس‌جمهور', status: 'preferred' },
      { lang: 'fa', text: 'رئیسجمهور', status: 'deprecated', termType: 'variant' },
      { lang: 'fa', text: 'رئیس جمهور', status: 'admitted', termType: 'variant' },
      { lang: 'en', text: 'President', status: 'preferred' },
    ],
  },
  {
    subject: 'general',
    definition: 'Tabs\tand CR\r\nand a backslash \\ and <tags> & "quotes", commas',
    terms: [
      { lang: 'fa', text: 'بین‌المللی', status: 'preferred', partOfSpeech: 'adjective' },
      { lang: 'en', text: 'international', status: 'preferred', note: '#lowercase, unless "title"' },
      { lang: 'en', text: '#hashtag-like, "quoted"', status: 'admitted', termType: 'phrase' },
    ],
  },
  {
    subject: 'agreement',
    source: 'Treaty text',
    terms: [
      { lang: 'fa', text: 'برجام', status: 'preferred', termType: 'acronym' },
      { lang: 'en', text: 'JCPOA', status: 'preferred', termType: 'acronym' },
      { lang: 'en', text: 'Iran nuclear deal', status: 'admitted', termType: 'phrase' },
    ],
  },
];

/** The same entries as stored ones: ids and history, which TBX writes as transacGrp. */
export const STORED: Entry[] = SAMPLE.map((e, i) => ({
  ...e,
  id: i + 1,
  createdAt: '2025-03-01 09:15:00',
  createdBy: 'maryam',
  modifiedAt: '2025-03-02T10:00:00.000Z',
  modifiedBy: 'reza',
}));

/** How every reader returns terms: Persian first, then English, each in file order. */
export function canonical(e: EntryInput): EntryInput {
  return { ...e, terms: [...e.terms.filter((t) => t.lang === 'fa'), ...e.terms.filter((t) => t.lang === 'en')] };
}
