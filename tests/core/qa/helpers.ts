/**
 * Test fixtures for the QA checks: a small glossary of terms that occur in the corpus reports, the real
 * glossary matcher to compute term hits, and real corpus sentences (asserted to be in corpus/ verbatim).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMatcher, type Matcher } from '../../../src/core/glossary';
import type { QaSegment, QaTermRef } from '../../../src/core/qa/types';
import type { SegmentStatus, TermStatus } from '../../../src/shared/model';

export interface TestEntry {
  id: number;
  fa: string[];
  en: [string, TermStatus][];
}

let nextId = 1;
const e = (fa: string[], ...en: [string, TermStatus][]): TestEntry => ({ id: nextId++, fa, en });

/** House style: British spelling, ranks in full, acronyms allowed where the press uses them. */
export const GLOSSARY: readonly TestEntry[] = [
  e(
    ['وزیر دفاع'],
    ['Defence Minister', 'preferred'],
    ['Minister of Defence', 'admitted'],
    ['Defense Minister', 'deprecated'],
  ),
  e(['جمهوری اسلامی ایران'], ['Islamic Republic of Iran', 'preferred'], ['Islamic Republic', 'admitted']),
  e(['ایران'], ['Iran', 'preferred'], ['Iranian', 'admitted'], ['Persia', 'deprecated']),
  e(
    ['بلاروس'],
    ['Belarus', 'preferred'],
    ['Belarusian', 'admitted'],
    ['Byelorussia', 'forbidden'],
    ['White Russia', 'forbidden'],
  ),
  e(['سرلشکر'], ['Major General', 'preferred'], ['Maj. Gen.', 'admitted'], ['General', 'deprecated']),
  e(['امیر سرتیپ'], ['Brigadier General', 'preferred'], ['Brigadier', 'deprecated']),
  e(
    ['برجام'],
    ['JCPOA', 'preferred'],
    ['Joint Comprehensive Plan of Action', 'admitted'],
    ['Iran nuclear deal', 'deprecated'],
  ),
  e(['شورای عالی امنیت ملی'], ['Supreme National Security Council', 'preferred'], ['SNSC', 'admitted']),
  e(['شورای امنیت'], ['Security Council', 'preferred']),
  e(
    ['ستاد کل نیروهای مسلح'],
    ['General Staff of the Armed Forces', 'preferred'],
    ['Armed Forces General Staff', 'admitted'],
  ),
  e(['نیروهای مسلح'], ['Armed Forces', 'preferred'], ['military', 'admitted']),
  e(['سازمان همکاری شانگهای'], ['Shanghai Cooperation Organisation', 'preferred'], ['SCO', 'admitted']),
  e(['بریکس'], ['BRICS', 'preferred']),
  e(['رئیس جمهور'], ['President', 'preferred']),
  e(['قفقاز'], ['Caucasus', 'preferred']),
  e(['غرب آسیا'], ['West Asia', 'preferred'], ['Middle East', 'deprecated']),
  e(['تمامیت ارضی'], ['territorial integrity', 'preferred']),
  e(['مقام معظم رهبری'], ['Supreme Leader', 'preferred'], ['Leader of the Revolution', 'admitted']),
  e(['تهران'], ['Tehran', 'preferred'], ['Teheran', 'deprecated']),
  e(['تحریم'], ['sanctions', 'preferred'], ['embargo', 'deprecated']),
  e(['لوکاشنکو'], ['Lukashenko', 'preferred']),
  e(['شایگو'], ['Shoigu', 'preferred']),
  e(['ارتشبد'], ['General of the Army', 'preferred'], ['Army General', 'admitted']),
  e(['فدراسیون روسیه'], ['Russian Federation', 'preferred']),
  e(['روسیه'], ['Russia', 'preferred']),
  e(
    ['آمریکا'],
    ['United States', 'preferred'],
    ['US', 'admitted'],
    ['American', 'admitted'],
    ['America', 'deprecated'],
  ),
];

const refs = new Map<number, QaTermRef>(
  GLOSSARY.map((g) => [
    g.id,
    { entry: g.id, term: g.fa[0] ?? '', english: g.en.map(([text, status]) => ({ text, status })) },
  ]),
);

let matcher: Matcher | undefined;

function glossaryMatcher(): Matcher {
  matcher ??= buildMatcher(
    GLOSSARY.flatMap((g) =>
      g.fa.map((term) => ({ entry: g.id, term, english: g.en[0]?.[0] ?? '', status: 'preferred' as const })),
    ),
  );
  return matcher;
}

/** Term hits of a source sentence, as the QA service attaches them. */
export function hitsFor(source: string): QaSegment['hits'] {
  return glossaryMatcher()
    .match(source)
    .map((h) => ({ ...h, ref: { ...(refs.get(h.entry) as QaTermRef), term: h.term } }));
}

export interface Doc {
  id: number;
  name: string;
}

export const DOCS = {
  belarusDefence: { id: 1, name: '000_f97710a0ea2d7f8d.txt' },
  bagheri: { id: 2, name: '001_9b9d56cbd92bbcd7.txt' },
  shoigu: { id: 3, name: '002_8002fddc3a075398.txt' },
  lukashenko: { id: 4, name: '003_13e0dc0d1b2b0156.txt' },
} as const satisfies Record<string, Doc>;

export function makeSegment(
  doc: Doc,
  index: number,
  source: string,
  target: string,
  status: SegmentStatus = 'translated',
): QaSegment {
  return { documentId: doc.id, document: doc.name, index, source, target, status, hits: hitsFor(source) };
}

let corpusText: string | undefined;

/** All four corpus reports, for asserting that a test sentence is real. */
export function corpus(): string {
  if (corpusText === undefined) {
    const dir = fileURLToPath(new URL('../../../corpus/', import.meta.url));
    corpusText = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
  }
  return corpusText;
}
