/**
 * What the XML parser's share of a TBX load is (issue 14.2), so the rest of the load can be judged apart
 * from src/core/formats/xml: CPU time in this process of (1) reading and decoding the file as the CLI
 * does, (2) that plus the XML parse alone (no entries built), (3) that plus the TBX reader and the
 * duplicate checks (entries built, nothing stored). Medians of `runs`. The load's own CPU time comes from
 * bench/load-peers.ts, which prints these figures beside it.
 */
import { compactSeenIndex, EntryCollector, parseGlossarySteps } from '../src/core/formats/glossary';
import { streamXmlSteps } from '../src/core/formats/xml/read';
import { readTextChunks } from '../src/server/text-chunks';
import { cpuMs, drain, roundedMedian } from './common';

export function tbxLoadParts(file: string, runs = 3): Record<string, number> {
  const decode: number[] = [];
  const xml: number[] = [];
  const reader: number[] = [];
  for (let r = 0; r < runs; r++) {
    decode.push(cpuMs(() => drain(readTextChunks(file))));
    xml.push(
      cpuMs(() =>
        drain(streamXmlSteps(readTextChunks(file), file, { collect: ['termEntry'], onElement: () => {} })),
      ),
    );
    reader.push(
      cpuMs(() => {
        const collector = new EntryCollector(compactSeenIndex());
        const steps = parseGlossarySteps(readTextChunks(file), file, 'tbx', collector);
        while (steps.next().done !== true) collector.entries.length = 0;
      }),
    );
  }
  const d = roundedMedian(decode);
  const x = roundedMedian(xml);
  const t = roundedMedian(reader);
  return { readDecodeCpuMs: d, xmlParseCpuMs: x - d, tbxReaderCpuMs: t - x };
}
