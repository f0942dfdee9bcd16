// Segmenting and tokenising speed over the corpus (moved here from timed unit tests: speed belongs in the
// bench, behaviour in the tests). Prints milliseconds of CPU time, best of five runs after a warm-up.
import { pathToFileURL } from 'node:url';
import { segmentText } from '../src/core/text/segment';
import { tokenize } from '../src/core/text/tokenize';
import { readCorpus } from './common';

function bestCpuMs(run: () => unknown): number {
  run();
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return Math.round(best * 100) / 100;
}

export function benchText(): Record<string, number> {
  const corpus = readCorpus();
  const perCopy = segmentText(corpus).length;
  const doc = Array.from({ length: Math.ceil(1000 / perCopy) }, () => corpus).join('\n');
  const tokens = Array.from({ length: 10 }, () => corpus).join('\n');
  return {
    segments: segmentText(doc).length,
    segment1000SentencesMs: bestCpuMs(() => segmentText(doc)),
    tokenizeChars: tokens.length,
    tokenizeMs: bestCpuMs(() => tokenize(tokens)),
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${JSON.stringify(benchText(), null, 2)}\n`);
}
