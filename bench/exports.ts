/**
 * Export (and re-import) of 100,000 segments, as `exchange.export` does it: the writer's chunks go to a
 * file through a write stream that honours back-pressure. Targets: ≤ 3 s and ≤ 300 MB RSS per export.
 *
 *   npx tsx bench/exports.ts      prints the numbers as JSON
 *
 * Segments are corpus sentences cycled (with two glossary hits each, so XLIFF 2 writes its glossary
 * module) and are generated lazily, as rows streamed from SQLite would be. Peak RSS is sampled after every
 * chunk; MB are 10^6 bytes.
 */
import { createWriteStream, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readTmx, readXliff, writeTmx, writeXliff12, writeXliff2 } from '../src/core/formats/bilingual';
import type { BilingualDoc, BilingualSegment, ExportOptions } from '../src/core/formats/bilingual';
import type { SegmentStatus } from '../src/shared/model';

const SEGMENTS = 100_000;
const STATUSES: SegmentStatus[] = ['new', 'draft', 'translated', 'reviewed', 'final'];

function corpusSentences(): string[] {
  const dir = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'corpus');
  const seg = new Intl.Segmenter('fa', { granularity: 'sentence' });
  const out: string[] = [];
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    for (const s of seg.segment(readFileSync(join(dir, f), 'utf8')))
      if (s.segment.trim()) out.push(s.segment.trim());
  }
  return out;
}

function doc(sentences: string[]): BilingualDoc {
  const segments: Iterable<BilingualSegment> = {
    *[Symbol.iterator]() {
      for (let index = 0; index < SEGMENTS; index++) {
        const source = sentences[index % sentences.length] ?? '';
        const status = STATUSES[index % STATUSES.length] ?? 'new';
        const target = status === 'new' ? '' : `Translation ${index} of «3+3» & <${source.length}>`;
        const at = source.indexOf('ایران');
        const hits =
          at === -1
            ? []
            : [
                {
                  start: at,
                  end: at + 5,
                  text: 'ایران',
                  term: 'ایران',
                  english: 'Iran',
                  entry: 1,
                  inflected: false,
                },
              ];
        yield {
          index,
          paragraph: Math.floor(index / 4),
          source,
          target,
          status,
          updatedAt: '2024-03-01 10:20:30',
          hits,
        };
      }
    },
  };
  return { id: 1, name: 'bench.txt', segments };
}

async function writeFile(
  path: string,
  chunks: Iterable<string>,
): Promise<{ ms: number; peakRssMB: number; fileMB: number }> {
  const t0 = performance.now();
  let peak = process.memoryUsage.rss();
  const out = createWriteStream(path);
  for (const chunk of chunks) {
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', resolve));
    peak = Math.max(peak, process.memoryUsage.rss());
  }
  await new Promise<void>((resolve, reject) =>
    out.end((err?: Error | null) => (err ? reject(err) : resolve())),
  );
  return { ms: performance.now() - t0, peakRssMB: peak / 1e6, fileMB: statSync(path).size / 1e6 };
}

const round = (n: number, d = 0): number => Math.round(n * 10 ** d) / 10 ** d;

export async function benchExports(): Promise<Record<string, number>> {
  const sentences = corpusSentences();
  const opts: ExportOptions = {
    tool: 'Barabar',
    toolVersion: 'bench',
    createdAt: new Date(),
    srcLang: 'fa-IR',
    tgtLang: 'en',
  };
  const dir = mkdtempSync(join(tmpdir(), 'barabar-bench-'));
  const result: Record<string, number> = { segments: SEGMENTS };
  try {
    result.baselineRssMB = round(process.memoryUsage.rss() / 1e6);
    const formats = [
      ['tmx', writeTmx],
      ['xliff2', writeXliff2],
      ['xliff12', writeXliff12],
    ] as const;
    // All exports first, so an export's peak is not inflated by the garbage of a previous 60 MB import.
    for (const [name, write] of formats) {
      const r = await writeFile(join(dir, `out.${name}`), write([doc(sentences)], opts));
      result[`${name}ExportMs`] = round(r.ms);
      result[`${name}ExportPeakRssMB`] = round(r.peakRssMB);
      result[`${name}FileMB`] = round(r.fileMB, 1);
    }
    for (const [name] of formats) {
      const path = join(dir, `out.${name}`);
      const xml = readFileSync(path, 'utf8');
      const t0 = performance.now();
      const units =
        name === 'tmx' ? readTmx(xml, path).units.length : (readXliff(xml, path).files[0]?.units.length ?? 0);
      result[`${name}ReadMs`] = round(performance.now() - t0);
      result[`${name}ReadUnits`] = units;
    }
    result.rssAfterReadsMB = round(process.memoryUsage.rss() / 1e6);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await benchExports(), null, 2));
}
