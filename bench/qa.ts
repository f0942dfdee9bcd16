/**
 * Benchmark of the QA checks: 10,000 segments against a 10,000-entry glossary must be checked in ≤ 2 s.
 *
 *   npx tsx bench/qa.ts      prints the numbers as JSON
 *
 * Sources are corpus sentences, each with a different tail of corpus words and a number so that no two are
 * identical (identical ones are tested separately: they only make inconsistent-translation's groups larger).
 * Term hits come from the real glossary matcher over a synthetic glossary built like bench/matching.ts's
 * (corpus word runs first, so hits are dense: harsher than a real text). Targets are English drafts built
 * from the hits: most entries rendered with the preferred term, some with an admitted or deprecated one,
 * some left out, numbers mostly kept — so every check has work and findings to produce.
 */
import { pathToFileURL } from 'node:url';
import { buildMatcher } from '../src/core/glossary';
import { runQa } from '../src/core/qa';
import { QA_CHECKS } from '../src/core/qa/run-qa';
import type { QaSegment, QaTermRef } from '../src/core/qa/types';
import { segmentText } from '../src/core/text/segment';
import { syntheticGlossary } from './matching';
import { random, readCorpus } from './common';

const SEGMENTS = 10_000;
const ENTRIES = 10_000;
const DOCUMENTS = 100;

/** A pronounceable pseudo-English word per number: distinct for distinct numbers. */
function word(n: number): string {
  const syllables = ['ka', 'lo', 'mi', 're', 'su', 'ton', 'var', 'del', 'pri', 'nos', 'gel', 'bar'];
  let s = '';
  let x = n + 12;
  while (x > 0) {
    s += syllables[x % syllables.length];
    x = Math.floor(x / syllables.length);
  }
  return s;
}

function englishOf(entry: number): QaTermRef['english'] {
  const head = word(entry);
  const tail = word(entry * 7 + 3);
  return [
    { text: `${head} ${tail}`, status: 'preferred' },
    { text: `${tail} of ${head}`, status: 'admitted' },
    { text: head, status: 'deprecated' }, // inside the preferred term: exercises the containment rule
  ];
}

const toAscii = (s: string): string => s.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0));

/** The synthetic corpus, for profiling the checks outside this benchmark. */
export function buildBenchSegments(): { segments: QaSegment[]; matchMs: number; hits: number } {
  const corpus = readCorpus();
  const terms = syntheticGlossary(corpus, ENTRIES);
  const matcher = buildMatcher(terms);
  const refs = new Map<number, QaTermRef>(
    terms.map((t) => [t.entry, { entry: t.entry, term: t.term, english: englishOf(t.entry) }]),
  );
  const sentences = segmentText(corpus, 'fa').map((s) => s.text);
  const vocabulary = [...new Set(corpus.split(/[^\p{L}]+/u).filter((w) => w.length > 2))];
  const rnd = random(7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;

  const segments: QaSegment[] = [];
  let matchMs = 0;
  let hitCount = 0;
  for (let i = 0; i < SEGMENTS; i++) {
    const number = String(1 + Math.floor(rnd() * 5000)).replace(/\d/g, (d) =>
      String.fromCharCode(0x06f0 + Number(d)),
    );
    const source = `${pick(sentences)} ${pick(vocabulary)} ${pick(vocabulary)} ${number}`;
    const t0 = performance.now();
    const raw = matcher.match(source);
    matchMs += performance.now() - t0;
    const hits = raw.map((h) => ({ ...h, ref: refs.get(h.entry) as QaTermRef }));
    hitCount += hits.length;
    const parts: string[] = ['The report said'];
    for (const h of hits) {
      const r = rnd();
      const en = h.ref.english;
      if (r < 0.8) parts.push(en[0]?.text ?? '');
      else if (r < 0.88) parts.push(en[1]?.text ?? '');
      else if (r < 0.93) parts.push(en[2]?.text ?? '');
      parts.push(pick(['and', 'with', 'in', 'for', 'the']));
    }
    parts.push(rnd() < 0.95 ? toAscii(number) : '17');
    const target = `${parts.join(' ')}${rnd() < 0.02 ? '  (draft' : '.'}`;
    const doc = i % DOCUMENTS;
    segments.push({
      documentId: doc + 1,
      document: `report-${doc + 1}.txt`,
      index: Math.floor(i / DOCUMENTS),
      source,
      target: rnd() < 0.03 ? '' : target,
      status: 'translated',
      hits,
    });
  }
  return { segments, matchMs, hits: hitCount };
}

function time(run: () => void): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

/**
 * CPU milliseconds (user + system) of this process during `run`. The machine is shared: wall time includes
 * waiting for a core, CPU time does not (it does include V8's GC helper threads, which are real cost).
 */
function cpu(run: () => void): number {
  const c0 = process.cpuUsage();
  run();
  const d = process.cpuUsage(c0);
  return (d.user + d.system) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const round = (x: number, digits = 1): number => Number(x.toFixed(digits));

/** Segments are rebuilt as fresh objects so a run cannot reuse what the previous one memoised. */
const fresh = (segments: readonly QaSegment[]): QaSegment[] => segments.map((s) => ({ ...s }));

export async function benchQa(): Promise<Record<string, number>> {
  const { segments, matchMs, hits } = buildBenchSegments();

  let findings = 0;
  const coldInput = fresh(segments);
  const coldMs = time(() => (findings = runQa(coldInput).length));
  const wall: number[] = [];
  const cpuMs: number[] = [];
  for (let r = 0; r < 3; r++) {
    const input = fresh(segments);
    const t0 = performance.now();
    cpuMs.push(cpu(() => runQa(input)));
    wall.push(performance.now() - t0);
  }

  const perCheck: Record<string, number> = {};
  for (const c of QA_CHECKS) {
    const input = fresh(segments);
    perCheck[`check_${c.id}_cpuMs`] = round(cpu(() => runQa(input, { checks: [c.id] })));
  }

  // The editor re-checks one segment per keystroke: all segment checks on one segment.
  const segmentChecks = QA_CHECKS.filter((c) => c.scope === 'segment').map((c) => c.id);
  const samples = segments
    .slice(0, 2000)
    .map((s) => time(() => runQa([{ ...s }], { checks: segmentChecks })));
  samples.sort((a, b) => a - b);

  return {
    segments: SEGMENTS,
    glossaryEntries: ENTRIES,
    hitsPerSegment: round(hits / SEGMENTS, 2),
    findings,
    matchAllSegmentsMs: round(matchMs),
    runQaColdMs: round(coldMs),
    // The machine is shared with other jobs: the minimum of 3 runs is the least disturbed one.
    runQaMs: round(Math.min(...wall)),
    runQaMedianMs: round(median(wall)),
    runQaCpuMs: round(Math.min(...cpuMs)),
    ...perCheck,
    oneSegmentP50Ms: round(samples[Math.floor(samples.length * 0.5)] as number, 3),
    oneSegmentP99Ms: round(samples[Math.floor(samples.length * 0.99)] as number, 3),
    heapUsedMB: round(process.memoryUsage().heapUsed / 1e6),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await benchQa(), null, 2));
}
