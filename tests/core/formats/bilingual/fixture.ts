/** Test documents built from the Persian corpus, plus targets that stress escaping. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BilingualDoc, BilingualSegment } from '../../../../src/core/formats/bilingual/model';
import { SEGMENT_STATUSES } from '../../../../src/shared/model';
import type { TermHit } from '../../../../src/shared/model';

const corpusDir = fileURLToPath(new URL('../../../../corpus/', import.meta.url));
export const corpusFiles = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort();

const sentences = new Intl.Segmenter('fa', { granularity: 'sentence' });

/** Segments of one corpus report: one paragraph per non-empty line, sentences by Intl.Segmenter. */
export function corpusSegments(file: string): { paragraph: number; source: string }[] {
  const text = readFileSync(corpusDir + file, 'utf8');
  const out: { paragraph: number; source: string }[] = [];
  text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .forEach((line, paragraph) => {
      for (const s of sentences.segment(line))
        if (s.segment.trim() !== '') out.push({ paragraph, source: s.segment.trim() });
    });
  return out;
}

/** Targets that must survive every format: XML specials, quotes, Persian digits, an XML-illegal control char. */
export const TRICKY_TARGETS = [
  'Shoigu welcomed the «3+3» format: a < b && c > d.',
  'He said "relations are 30 years old" and \'valuable\'.',
  'In Esfand ۱۴۰۱ (March 2023), the president\u0001 visited Tehran.',
  '  Leading and trailing spaces, and\ttab  ',
];

const hit = (source: string, term: string, english: string, entry: number): TermHit[] => {
  const start = source.indexOf(term);
  return start === -1
    ? []
    : [{ start, end: start + term.length, text: term, term, english, entry, inflected: false }];
};

/** One document per corpus file; every status appears, drafts keep text, "new" segments have no target. */
export function corpusDocs(limitPerDoc = Infinity): BilingualDoc[] {
  return corpusFiles.map((file, d) => {
    const segments: BilingualSegment[] = corpusSegments(file)
      .slice(0, limitPerDoc)
      .map((s, index) => {
        const status = SEGMENT_STATUSES[index % SEGMENT_STATUSES.length] ?? 'new';
        const target = status === 'new' ? '' : (TRICKY_TARGETS[(index + d) % TRICKY_TARGETS.length] ?? '');
        const hits = [...hit(s.source, 'ایران', 'Iran', 7), ...hit(s.source, 'بلاروس', 'Belarus', 9)];
        return {
          index,
          paragraph: s.paragraph,
          source: s.source,
          target,
          status,
          updatedAt: '2024-03-01 10:20:30',
          hits,
        };
      });
    return { id: d + 1, name: `${file} & <report> "${d}"`, segments };
  });
}

export const OPTS = {
  tool: 'Barabar',
  toolVersion: '0.1.0',
  createdAt: new Date('2024-05-06T07:08:09.123Z'),
  srcLang: 'fa-IR',
  tgtLang: 'en',
} as const;

export const join = (chunks: Iterable<string>): string => [...chunks].join('');
