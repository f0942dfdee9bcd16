/**
 * Benchmark of the match-key normaliser and the glossary matcher.
 *
 *   npx tsx bench/matching.ts      prints the numbers as JSON
 *
 * The glossary is synthetic but shaped like a real one: 100,000 distinct Persian terms of 1–5 words drawn
 * from the corpus vocabulary (so most trie walks on the corpus go several letters deep, which is harsher
 * than a real glossary), plus every 2- and 3-word run of the corpus itself so the text is full of hits.
 * The seed is fixed: every run builds the same glossary.
 *
 * MB are 10^6 bytes of UTF-8 (Persian letters take 2 bytes each).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildMatcher, type MatcherTerm } from '../src/core/glossary';
import { normalizeForMatch } from '../src/core/text/normalize';

const GLOSSARY_SIZE = 100_000;
const TEXT_BYTES = 1_000_000;
const SEGMENT_CHARS = 300;
const SEGMENT_RUNS = 5_000;

/** mulberry32: small, fast, deterministic. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function readCorpus(): string {
  const dir = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'corpus');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
}

export function syntheticGlossary(corpus: string, size: number, seed = 20240611): MatcherTerm[] {
  const words = corpus.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2);
  const vocabulary = [...new Set(words)];
  const rnd = random(seed);
  const pick = (): string => vocabulary[Math.floor(rnd() * vocabulary.length)] as string;
  const seen = new Set<string>();
  const terms: MatcherTerm[] = [];
  const add = (term: string): void => {
    if (seen.has(term) || terms.length >= size) return;
    seen.add(term);
    terms.push({ entry: terms.length + 1, term, english: `term ${terms.length + 1}`, status: 'preferred' });
  };
  // Every 2- and 3-word run of the corpus: real multi-word terms that occur in the text.
  for (let i = 0; i + 2 < words.length; i++) {
    add(`${words[i]} ${words[i + 1]}`);
    if (rnd() < 0.5) add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  }
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

function time(run: () => void): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] as number;
}

const round = (x: number, digits = 3): number => Number(x.toFixed(digits));

export async function benchMatching(): Promise<Record<string, number>> {
  const corpus = readCorpus();
  const terms = syntheticGlossary(corpus, GLOSSARY_SIZE);

  // Index build: the first (cold) run pays for JIT and the lazily built char tables.
  const builds: number[] = [];
  let matcher = buildMatcher([]);
  for (let r = 0; r < 4; r++) builds.push(time(() => (matcher = buildMatcher(terms))));

  const text = repeatTo(corpus, TEXT_BYTES);
  const mb = Buffer.byteLength(text) / 1e6;
  normalizeForMatch(text);
  const normalizeMs = median(Array.from({ length: 5 }, () => time(() => normalizeForMatch(text))));
  let hits = 0;
  matcher.match(text);
  const matchMs = median(Array.from({ length: 5 }, () => time(() => (hits = matcher.match(text).length))));

  // Re-matching one segment, as the editor does on each keystroke: 300-char windows all over the corpus.
  const segments: string[] = [];
  for (let at = 0; at + SEGMENT_CHARS <= corpus.length; at += 97) segments.push(corpus.slice(at, at + SEGMENT_CHARS));
  for (const s of segments) matcher.match(s);
  const samples: number[] = [];
  for (let r = 0; r < SEGMENT_RUNS; r++) {
    const s = segments[r % segments.length] as string;
    samples.push(time(() => matcher.match(s)));
  }
  samples.sort((a, b) => a - b);

  return {
    glossaryTerms: matcher.size,
    indexBuildColdMs: round(builds[0] as number, 1),
    indexBuildMs: round(median(builds.slice(1)), 1),
    textMB: round(mb),
    normalizeMBps: round(mb / (normalizeMs / 1000), 1),
    matchMBps: round(mb / (matchMs / 1000), 1),
    matchHits: hits,
    segmentChars: SEGMENT_CHARS,
    segmentP50Ms: round(percentile(samples, 0.5), 4),
    segmentP99Ms: round(percentile(samples, 0.99), 4),
    segmentMaxMs: round(samples[samples.length - 1] as number, 4),
    heapUsedMB: round(process.memoryUsage().heapUsed / 1e6, 1),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // No top-level await: keeps this module loadable from CommonJS callers too.
  void benchMatching().then((result) => console.log(JSON.stringify(result, null, 2)));
}
