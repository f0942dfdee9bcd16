/**
 * CPU time of the per-entry work that runs on top of the XML tokenizer when a big file is loaded, apart
 * from the tokenizer itself (src/core/formats/xml is measured elsewhere):
 *
 * - tbxReader: TBX reader + duplicate checks (parse + reader + collector, minus the parse alone);
 * - termKeys: the glossary import's key (termKeyOf) of every term the TBX holds;
 * - tmxReader: the TMX reader as a memory import runs it (props: false; minus the parse alone);
 * - tmKeys: tmKeysInto over the source of every unit of the TMX.
 *
 * The files are decoded once, in the 64 KB chunks the CLI reads, so decoding is in no figure. Figures are
 * medians of CPU time (process.cpuUsage) over `--runs` runs (default 5): other processes share the
 * machine, so wall time says little. `--digest` also prints a hash of every output (entries, rejections,
 * keys, units, skips) instead, to check that a change leaves the results as they were (the outputs it
 * keeps would make the timed runs' garbage collection dearer, so it times nothing).
 *
 *   npx tsx bench/reader-parts.ts [--tbx FILE.tbx --tmx FILE.tmx] [--runs 5]
 *     [--only tbx,keys,tmx,tmkeys] [--digest]
 */
import { createHash } from 'node:crypto';
import { compactSeenIndex, EntryCollector, parseGlossarySteps } from '../src/core/formats/glossary';
import type { ParsedEntry } from '../src/core/formats/glossary';
import { streamTmxSteps } from '../src/core/formats/bilingual/read-tmx';
import type { TmxUnitData } from '../src/core/formats/bilingual/model';
import { streamXmlSteps } from '../src/core/formats/xml/read';
import { termKeyOf } from '../src/core/glossary/term-keys';
import { tmKeysInto } from '../src/core/tm';
import { readTextChunks } from '../src/server/text-chunks';
import type { ImportRowReport } from '../src/shared/model';
import { cpuMs, drain, roundedMedian, scratchDir } from './common';
import { writeLoadFiles } from './load-files';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : (process.argv[i + 1] ?? fallback);
}

// Without files, the load benches' generated 100,000-entry TBX and 100,000-unit TMX.
const generated = process.argv.includes('--tbx')
  ? undefined
  : writeLoadFiles(scratchDir('barabar-parts-'), 100_000);
const tbxFile = arg('tbx', generated?.tbx ?? '');
const tmxFile = arg('tmx', generated?.tmx ?? '');
const runs = Number(arg('runs', '5'));
const digest = process.argv.includes('--digest');
/** `--only tbx,keys,tmx,tmkeys`: time only those measures (the others print as NaN). */
const only = new Set(arg('only', 'tbx,keys,tmx,tmkeys').split(','));

const tbxChunks = [...readTextChunks(tbxFile)];
const tmxChunks = [...readTextChunks(tmxFile)];

function parseOnly(chunks: string[], file: string, collect: string): void {
  drain(streamXmlSteps(chunks, file, { collect: [collect], onElement: () => {} }));
}

/** Reads the TBX; `keep` gets every entry and the rejections at the end. */
function readTbxOnce(keep?: (entries: ParsedEntry[]) => void): ImportRowReport[] {
  const collector = new EntryCollector(compactSeenIndex());
  const steps = parseGlossarySteps(tbxChunks, tbxFile, 'tbx', collector);
  while (steps.next().done !== true) {
    keep?.(collector.entries);
    collector.entries.length = 0;
  }
  keep?.(collector.entries);
  return collector.rejected;
}

function readTmxOnce(onUnit: (u: TmxUnitData) => void): void {
  drain(streamTmxSteps(tmxChunks, tmxFile, onUnit, undefined, { props: false }));
}

// Inputs of the key measures, gathered once.
const terms: { lang: 'fa' | 'en'; text: string }[] = [];
const entries: ParsedEntry[] = [];
const rejected = readTbxOnce((es) => {
  for (const e of es) {
    if (digest) entries.push(e);
    for (const t of e.entry.terms) terms.push({ lang: t.lang, text: t.text });
  }
});
const sources: string[] = [];
const units: TmxUnitData[] = [];
readTmxOnce((u) => {
  sources.push(u.source);
  if (digest) units.push(u);
});

if (digest) {
  const hash = (value: unknown): string =>
    createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
  const keys: string[] = [];
  console.log(
    JSON.stringify({
      entries: hash(entries),
      rejected: hash(rejected),
      termKeys: hash(terms.map((t) => termKeyOf(t))),
      units: hash(units),
      tmKeys: hash(sources.map((s) => tmKeysInto(s, keys).join('\u0001'))),
    }),
  );
  process.exit(0);
}

const samples = { tbxParse: [] as number[], tbxRead: [] as number[], termKeys: [] as number[] };
const tmx = { parse: [] as number[], read: [] as number[], keys: [] as number[] };
let sink = 0;
for (let r = 0; r < runs; r++) {
  if (only.has('tbx')) {
    samples.tbxParse.push(cpuMs(() => parseOnly(tbxChunks, tbxFile, 'termEntry')));
    samples.tbxRead.push(cpuMs(() => void readTbxOnce()));
  }
  if (only.has('keys')) {
    samples.termKeys.push(
      cpuMs(() => {
        for (const t of terms) sink += termKeyOf(t).length;
      }),
    );
  }
  if (only.has('tmx')) {
    tmx.parse.push(cpuMs(() => parseOnly(tmxChunks, tmxFile, 'tu')));
    tmx.read.push(cpuMs(() => readTmxOnce(() => {})));
  }
  const keys: string[] = [];
  if (only.has('tmkeys')) {
    tmx.keys.push(
      cpuMs(() => {
        for (const s of sources) sink += tmKeysInto(s, keys).length;
      }),
    );
  }
}

console.log(
  JSON.stringify({
    runs,
    terms: terms.length,
    units: sources.length,
    tbxParseCpuMs: roundedMedian(samples.tbxParse),
    tbxReaderCpuMs: roundedMedian(samples.tbxRead) - roundedMedian(samples.tbxParse),
    termKeysCpuMs: roundedMedian(samples.termKeys),
    tmxParseCpuMs: roundedMedian(tmx.parse),
    tmxReaderCpuMs: roundedMedian(tmx.read) - roundedMedian(tmx.parse),
    tmKeysIntoCpuMs: roundedMedian(tmx.keys),
    sink: sink > 0,
  }),
);
