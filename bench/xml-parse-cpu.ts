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
import { cpuMs, drain, roundedMedian, scratchDir } from './common';
import { writeLoadFiles } from './load-files';

function parseCpu(file: string, opts: StreamXmlOptions, runs: number): { decode: number; xml: number } {
  const decode: number[] = [];
  const xml: number[] = [];
  for (let r = 0; r < runs; r++) {
    decode.push(cpuMs(() => drain(readTextChunks(file))));
    xml.push(cpuMs(() => drain(streamXmlSteps(readTextChunks(file), file, opts))));
  }
  const d = roundedMedian(decode);
  return { decode: d, xml: roundedMedian(xml) - d };
}

const [tbxArg, tmxArg, runsArg = '5'] = process.argv.slice(2);
// Without files, the load benches' generated 100,000-entry TBX and 100,000-unit TMX.
const generated = tbxArg === undefined ? writeLoadFiles(scratchDir('barabar-xml-'), 100_000) : undefined;
const tbx = tbxArg ?? generated?.tbx ?? '';
const tmx = tmxArg ?? generated?.tmx ?? '';
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
