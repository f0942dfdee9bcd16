/**
 * Benchmark of the match-key normaliser and the glossary matcher.
 *
 *   npx tsx bench/matching.ts      prints the numbers as JSON
 *
 * Two synthetic 100,000-term glossaries (see syntheticGlossary), matched against the corpus repeated to
 * 1 MB: "realistic" (terms are content-word phrases; the targets apply to it) and "dense" (every word and
 * word run of the corpus is a term: a worst case, reported for honesty). The seed is fixed.
 *
 * MB are 10^6 bytes of UTF-8 (Persian letters take 2 bytes each).
 */
import { pathToFileURL } from 'node:url';
import { buildMatcher, type MatcherTerm } from '../src/core/glossary';
import { normalizeForMatch } from '../src/core/text/normalize';
import { random, readCorpus } from './common';

const GLOSSARY_SIZE = 100_000;
const TEXT_BYTES = 1_000_000;
const SEGMENT_CHARS = 300;
const SEGMENT_RUNS = 5_000;

/**
 * A deterministic synthetic glossary of `size` distinct Persian terms built from the corpus vocabulary.
 *
 * realistic: terms are built from content words (the corpus words outside the 60 most frequent, which are
 * the function words «در», «به», «که», ...): every 2-/3-word run of the corpus that starts and ends on a
 * content word («وزیر دفاع», «جمهوری اسلامی ایران»), a fifth of the content words alone, and random
 * phrases of 1–5 content words up to `size`, a fifth of them ZWNJ-joined.
 * dense: a stress case no real glossary reaches: every word of the corpus (function words too) and every
 * 2-/3-word run is a term, so every word start begins several overlapping hits.
 */
export function syntheticGlossary(
  corpus: string,
  size: number,
  kind: 'realistic' | 'dense' = 'realistic',
): MatcherTerm[] {
  const words = corpus.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2);
  const frequency = new Map<string, number>();
  for (const w of words) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const byFrequency = [...frequency.keys()].sort(
    (a, b) => (frequency.get(b) as number) - (frequency.get(a) as number) || (a < b ? -1 : 1),
  );
  const stop = new Set(kind === 'dense' ? [] : byFrequency.slice(0, 60));
  const content = byFrequency.filter((w) => !stop.has(w)).sort();
  const rnd = random(20240611);
  const pick = (): string => content[Math.floor(rnd() * content.length)] as string;
  const seen = new Set<string>();
  const terms: MatcherTerm[] = [];
  const add = (term: string): void => {
    if (seen.has(term) || terms.length >= size) return;
    seen.add(term);
    terms.push({ entry: terms.length + 1, term, english: `term ${terms.length + 1}`, status: 'preferred' });
  };
  const isContent = (w: string | undefined): boolean => w !== undefined && !stop.has(w);
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b, c] = [words[i], words[i + 1], words[i + 2]];
    if (isContent(a) && isContent(b)) add(`${a} ${b}`);
    if (isContent(a) && isContent(c)) add(`${a} ${b} ${c}`);
  }
  for (const w of content) if (kind === 'dense' || rnd() < 0.2) add(w);
  while (terms.length < size) {
    const count = 1 + Math.floor(rnd() * rnd() * 5); // mostly 1–2 words, some up to 5
    const parts = Array.from({ length: count }, pick);
    // Spelling spread like a real termbase: ZWNJ-joined compounds next to spaced ones.
    add(parts.join(rnd() < 0.2 ? '\u200c' : ' '));
  }
  return terms;
}

function repeatTo(text: string, bytes: number): string {
  const unit = Buffer.byteLength(text);
  return Array.from({ length: Math.ceil(bytes / unit) }, () => text).join('\n');
}

/**
 * Wall and CPU milliseconds of one run. The machine is shared (2 cores, other jobs): wall time includes
 * being descheduled, CPU time does not, so both are reported.
 */
function clock(run: () => void): { wall: number; cpu: number } {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  run();
  const wall = performance.now() - t0;
  const used = process.cpuUsage(cpu0);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] as number;
}

const round = (x: number, digits = 3): number => Number(x.toFixed(digits));

/** Median wall and CPU time of `runs` runs after one warm-up run. */
function repeat(runs: number, run: () => void): { wall: number; cpu: number } {
  run();
  const samples = Array.from({ length: runs }, () => clock(run));
  return { wall: median(samples.map((s) => s.wall)), cpu: median(samples.map((s) => s.cpu)) };
}

async function measure(corpus: string, kind: 'realistic' | 'dense'): Promise<Record<string, number>> {
  const terms = syntheticGlossary(corpus, GLOSSARY_SIZE, kind);

  // Index build: the first (cold) run pays for JIT and the lazily built char tables.
  let matcher = buildMatcher([]);
  const cold = clock(() => (matcher = buildMatcher(terms)));
  const build = repeat(3, () => (matcher = buildMatcher(terms)));

  const text = repeatTo(corpus, TEXT_BYTES);
  const mb = Buffer.byteLength(text) / 1e6;
  let hits = 0;
  const match = repeat(7, () => (hits = matcher.match(text).length));

  // Re-matching one segment, as the editor does on each keystroke: 300-char windows all over the corpus.
  const segments: string[] = [];
  for (let at = 0; at + SEGMENT_CHARS <= corpus.length; at += 97)
    segments.push(corpus.slice(at, at + SEGMENT_CHARS));
  for (const s of segments) matcher.match(s);
  const samples = Array.from({ length: SEGMENT_RUNS }, (_, r) =>
    clock(() => matcher.match(segments[r % segments.length] as string)),
  );
  await new Promise((resolve) => setTimeout(resolve, 0));

  return {
    glossaryTerms: matcher.size,
    indexBuildColdMs: round(cold.wall, 1),
    indexBuildMs: round(build.wall, 1),
    indexBuildCpuMs: round(build.cpu, 1),
    matchMBps: round(mb / (match.wall / 1000), 1),
    matchCpuMBps: round(mb / (match.cpu / 1000), 1),
    hitsPerMB: Math.round(hits / mb),
    segmentP50Ms: round(
      percentile(
        samples.map((s) => s.wall),
        0.5,
      ),
      4,
    ),
    segmentP99Ms: round(
      percentile(
        samples.map((s) => s.wall),
        0.99,
      ),
      4,
    ),
    segmentCpuP99Ms: round(
      percentile(
        samples.map((s) => s.cpu),
        0.99,
      ),
      4,
    ),
  };
}

/** Numbers for the realistic glossary as they are; the dense stress glossary's prefixed with "dense". */
export async function benchMatching(): Promise<Record<string, number>> {
  const corpus = readCorpus();
  const text = repeatTo(corpus, TEXT_BYTES);
  const mb = Buffer.byteLength(text) / 1e6;
  const normalize = repeat(7, () => normalizeForMatch(text));
  const realistic = await measure(corpus, 'realistic');
  const dense = await measure(corpus, 'dense');
  return {
    textMB: round(mb),
    normalizeMBps: round(mb / (normalize.wall / 1000), 1),
    normalizeCpuMBps: round(mb / (normalize.cpu / 1000), 1),
    ...realistic,
    ...Object.fromEntries(
      Object.entries(dense).map(([k, v]) => [`dense${k[0]?.toUpperCase()}${k.slice(1)}`, v]),
    ),
    segmentChars: SEGMENT_CHARS,
    heapUsedMB: round(process.memoryUsage().heapUsed / 1e6, 1),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // No top-level await: keeps this module loadable from CommonJS callers too.
  void benchMatching().then((result) => console.log(JSON.stringify(result, null, 2)));
}
