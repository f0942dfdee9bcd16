/**
 * Parsing against a peer (issue 14.2): the same generated 100,000-entry TBX and 100,000-unit TMX parsed by
 * our readers (decode + parse, in this process) and by translate-toolkit's Python API
 * (`translate.storage.tbx` / `tmx`, Debian package translate-toolkit, run as a child process that times
 * only its own parse), in the same run. Ratios below 1.00 mean we are faster. When the peer is missing the
 * output says so instead of inventing a ratio. Both sides are timed in CPU time of their own process: on
 * the shared 2-core machine wall-clock time measured the neighbours (a 3x spread between runs).
 *
 * The XML reader alone (issue 14.2) is timed the same way on the same files: the scanner
 * (src/core/formats/xml/scanner.ts, what readers use) against saxes (read-saxes.ts, what they used
 * before), in this one run, median of 3 CPU times each, with the speed in MB/s of UTF-8.
 *
 *   npx tsx bench/parse-peers.ts
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readTmx, writeTmx } from '../src/core/formats/bilingual';
import type { BilingualDoc, BilingualSegment } from '../src/core/formats/bilingual';
import { parseGlossary, writeGlossary } from '../src/core/formats/glossary';
import { decodeXmlBytes } from '../src/core/formats/xml/decode';
import { streamXml } from '../src/core/formats/xml/read';
import { saxesRun } from '../src/core/formats/xml/read-saxes';
import { makeEntries } from './tbx';

const N = 100_000;
/** Runs of each XML tokenizer (alternating); the median is printed. */
const XML_RUNS = 3;
/** Debian's interpreter: the one translate-toolkit is installed for (a pyenv `python3` may not see it). */
const PYTHON = '/usr/bin/python3';

const PEER = `
import sys, time
kind, path = sys.argv[1], sys.argv[2]
if kind == 'tbx':
    from translate.storage import tbx as mod
    cls = mod.tbxfile
else:
    from translate.storage import tmx as mod
    cls = mod.tmxfile
data = open(path, 'rb').read()
t = time.process_time()
store = cls.parsestring(data)
units = sum(1 for u in store.units if u.source)
print(round((time.process_time() - t) * 1000), units)
`;

export function tmxDocs(n: number): BilingualDoc[] {
  const segments: BilingualSegment[] = [];
  for (let i = 0; i < n; i++) {
    segments.push({
      index: i,
      paragraph: i >> 3,
      source: `سرلشکر باقری در دیدار با وزیر دفاع گفت همکاری‌ها ادامه دارد ${i}.`,
      target: `Major General Bagheri told the defence minister that cooperation continues ${i}.`,
      status: 'translated',
      updatedAt: '2024-03-01 10:20:30',
    });
  }
  return [{ id: 1, name: 'bench.txt', segments }];
}

/** Median of `runs` CPU-time measurements of `run`, in ms. */
function median(runs: number, run: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    run();
    const used = process.cpuUsage(c);
    times.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)] ?? 0);
}

function peer(kind: 'tbx' | 'tmx', path: string): { ms: number; units: number } | string {
  if (!existsSync(PYTHON)) return `${PYTHON} is missing`;
  const run = spawnSync(PYTHON, ['-c', PEER, kind, path], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) {
    const why = run.stderr.includes('No module named')
      ? 'translate-toolkit is not installed'
      : run.stderr.trim();
    return `peer not run: ${why.split('\n').pop() ?? why}`;
  }
  const [ms, units] = run.stdout.trim().split(/\s+/).map(Number);
  return { ms: ms ?? NaN, units: units ?? NaN };
}

/** The element each reader collects, as the TBX and TMX readers ask for them. */
const COLLECT = { tbx: ['termEntry', 'conceptEntry'], tmx: ['tu'] } as const;

/**
 * XML reading alone, scanner and saxes alternating on the same text (so both see the same neighbours),
 * the collected elements built and handed over as for the readers.
 */
function xmlReadFigures(kind: 'tbx' | 'tmx', text: string, mb: number, runs: number): Record<string, number> {
  const collect = COLLECT[kind];
  const count = (n: number): void => {
    if (n !== N) throw new Error(`${kind}: ${n} elements read, expected ${N}`);
  };
  const scanner = (): void => {
    let n = 0;
    streamXml(text, 'bench', { collect, onElement: () => n++, onOpen: () => {} });
    count(n);
  };
  const saxes = (): void => {
    let n = 0;
    const steps = saxesRun(
      [text],
      'bench',
      { collect: new Set(collect), onElement: () => n++, onOpen: () => {}, maxDepth: 1_000 },
      text,
    );
    while (steps.next().done !== true);
    count(n);
  };
  const times = { scanner: [] as number[], saxes: [] as number[] };
  for (let i = 0; i < runs; i++) {
    times.saxes.push(median(1, saxes));
    times.scanner.push(median(1, scanner));
  }
  const mid = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  const after = mid(times.scanner);
  const before = mid(times.saxes);
  return {
    [`${kind}XmlScannerCpuMs`]: after,
    [`${kind}XmlSaxesCpuMs`]: before,
    [`${kind}XmlScannerMBps`]: Math.round(mb / (after / 1000)),
    [`${kind}XmlSaxesMBps`]: Math.round(mb / (before / 1000)),
    [`${kind}XmlSpeedup`]: Math.round((before / after) * 100) / 100,
  };
}

export function benchParsePeers(runs = 1): Record<string, number | string> {
  const dir = mkdtempSync(join(tmpdir(), 'barabar-peers-'));
  const result: Record<string, number | string> = { entries: N, runs };
  try {
    const files = {
      tbx: join(dir, 'bench.tbx'),
      tmx: join(dir, 'bench.tmx'),
    };
    const opts = { createdAt: new Date(0), tool: 'bench' };
    writeFileSync(files.tbx, [...writeGlossary(makeEntries(N), 'tbx', opts)].join(''));
    writeFileSync(
      files.tmx,
      [...writeTmx(tmxDocs(N), { ...opts, toolVersion: '1', srcLang: 'fa-IR', tgtLang: 'en' })].join(''),
    );
    const ours = {
      tbx: () => {
        const text = decodeXmlBytes(readFileSync(files.tbx), files.tbx);
        if (parseGlossary(text, files.tbx, 'tbx').entries.length !== N) throw new Error('tbx: wrong count');
      },
      tmx: () => {
        const text = decodeXmlBytes(readFileSync(files.tmx), files.tmx);
        if (readTmx(text, files.tmx).units.length !== N) throw new Error('tmx: wrong count');
      },
    };
    for (const kind of ['tbx', 'tmx'] as const) {
      result[`${kind}MB`] = Math.round(readFileSync(files[kind]).length / 1e4) / 100;
      const mine = median(runs, ours[kind]);
      result[`${kind}OursCpuMs`] = mine;
      const mb = readFileSync(files[kind]).length / 1e6;
      Object.assign(
        result,
        xmlReadFigures(kind, decodeXmlBytes(readFileSync(files[kind]), files[kind]), mb, XML_RUNS),
      );
      const p = peer(kind, files[kind]);
      if (typeof p === 'string') result[`${kind}Peer`] = p;
      else {
        result[`${kind}TranslateToolkitCpuMs`] = p.ms;
        result[`${kind}RatioOursToTranslateToolkit`] = Math.round((mine / p.ms) * 100) / 100;
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return result;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${JSON.stringify(benchParsePeers(), null, 2)}\n`);
}
