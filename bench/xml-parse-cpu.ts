/**
 * CPU time of the XML tokenizer alone on a large TBX and TMX (src/core/formats/xml), measured as
 * bench/tbx-load-parts.ts measures xmlParseCpuMs: streaming parse of the file's decoded chunks, collected
 * subtrees handed to a callback that drops them, less the CPU time of reading and decoding the file.
 * Medians of `runs`, in this process (process.cpuUsage), so other load on the machine counts little.
 *
 *   npx tsx bench/xml-parse-cpu.ts [file.tbx] [file.tmx] [runs]
 */
import { streamXmlSteps } from '../src/core/formats/xml/read';
import type { StreamXmlOptions } from '../src/core/formats/xml/read';
import { readTextChunks } from '../src/server/text-chunks';

function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)] ?? NaN);
}

function drain(steps: Generator<unknown, unknown>): void {
  while (steps.next().done !== true);
}

function parseCpu(file: string, opts: StreamXmlOptions, runs: number): { decode: number; xml: number } {
  const decode: number[] = [];
  const xml: number[] = [];
  for (let r = 0; r < runs; r++) {
    decode.push(cpuMs(() => drain(readTextChunks(file))));
    xml.push(cpuMs(() => drain(streamXmlSteps(readTextChunks(file), file, opts))));
  }
  const d = median(decode);
  return { decode: d, xml: median(xml) - d };
}

const [tbx = '/tmp/lp/bench.tbx', tmx = '/tmp/lp/bench.tmx', runsArg = '5'] = process.argv.slice(2);
const runs = Number(runsArg);
const onElement = (): void => {};
const cases: [string, string, StreamXmlOptions][] = [
  ['tbx', tbx, { collect: ['termEntry'], onElement }],
  ['tmx', tmx, { collect: ['tu'], onElement }],
];
const only = process.env.XML_BENCH_ONLY;
for (const [label, file, opts] of cases) {
  if (only !== undefined && !only.split(',').includes(label)) continue;
  const { decode, xml } = parseCpu(file, opts, runs);
  console.log(`${label.padEnd(16)} readDecodeCpuMs ${decode}  xmlParseCpuMs ${xml}`);
}
