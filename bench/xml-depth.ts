/**
 * Hostile nesting (issue 13.13): parse time of 10k / 30k / 100k nested elements, outside any collected
 * subtree (the TBX reader's path to the root check) and inside a `<term>` (built as a subtree and
 * flattened), with the depth cap lifted so the figures show the growth; plus the time to refuse the
 * 100k file at the default cap. Linear parsing means 100k costs about 10× the 10k figure.
 * Before the fix (same machine): 10k 0.19 s, 30k 50 s, 100k not finished; inside <term>: stack overflow.
 *
 *   npx tsx bench/xml-depth.ts
 */
import { pathToFileURL } from 'node:url';
import { parseXml, streamXml, textOf, MAX_XML_DEPTH } from '../src/core/formats/xml/read';
import { AppError } from '../src/shared/errors';

const DEPTHS = [10_000, 30_000, 100_000] as const;

function time(run: () => void): number {
  const t = performance.now();
  run();
  return Math.round(performance.now() - t);
}

export function benchXmlDepth(): Record<string, number | string> {
  const result: Record<string, number | string> = { maxDepthDefault: MAX_XML_DEPTH };
  for (const depth of DEPTHS) {
    const outside = `<martif>${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}</martif>`;
    result[`outside${depth / 1000}kMs`] = time(() =>
      streamXml(outside, 'deep.tbx', {
        collect: ['termEntry'],
        onElement: () => {},
        onOpen: () => {},
        maxDepth: Infinity,
      }),
    );
    const inside = `<term>${'<hi>'.repeat(depth)}x${'</hi>'.repeat(depth)}</term>`;
    result[`insideTerm${depth / 1000}kMs`] = time(() => {
      if (textOf(parseXml(inside, 'deep.tbx', { maxDepth: Infinity })) !== 'x') throw new Error('wrong text');
    });
  }
  const biggest = `<martif>${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}</martif>`;
  result.refuse100kMs = time(() => {
    try {
      parseXml(biggest, 'deep.tbx');
      throw new Error('the cap did not apply');
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      result.refusal = e.message;
    }
  });
  return result;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${JSON.stringify(benchXmlDepth(), null, 2)}\n`);
}
