// The two `import-xliff` shapes of issue 14 and the autosave path, through the services on a real database
// file: 100,000 targets spread over 1,000 reports, 25,000 targets into one 4.8 MB report, and the p95 of
// segments.saveTarget on a 5 MB report. Targets: each import ≤ 5 s.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeXliff12, type BilingualDoc } from '../src/core/formats/bilingual';
import { createApi, type BarabarApi } from '../src/server/create-api';
import { random, readCorpus } from './common';

const encoder = new TextEncoder();
/** CPU time (user + system) since `from`: on a shared, loaded machine it varies less than wall time. */
const cpuMs = (from: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(from);
  return Math.round((d.user + d.system) / 1000);
};
const phase = (what: string): void => {
  process.stderr.write(`xliff-import: ${what}\n`);
};

function corpusSentences(): string[] {
  return readCorpus()
    .split(/(?<=[.؟!])\s+/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.endsWith('.') && s.length > 20);
}

/** A report of `n` sentences, five to a paragraph, made unique by its first line. */
function report(title: string, sentences: readonly string[], n: number, offset: number): string {
  const lines: string[] = [`${title}.`];
  for (let i = 0; i < n; i += 5) {
    const para: string[] = [];
    for (let j = i; j < Math.min(n, i + 5); j++) para.push(sentences[(offset + j) % sentences.length]!);
    lines.push(para.join(' '));
  }
  return lines.join('\n\n');
}

/** XLIFF 1.2 with an English target on every segment of the given documents, as a CAT tool hands it back. */
function xliffFor(api: BarabarApi, ids: readonly number[]): { xml: string; targets: number } {
  let targets = 0;
  const docs: BilingualDoc[] = ids.map((id) => {
    const d = api.services.documents.get(id);
    const segments = d.segments.map((s) => ({
      ...s,
      target: `English for segment ${s.index} of ${d.name}.`,
      status: 'translated' as const,
    }));
    targets += segments.length;
    return { id, name: d.name, segments };
  });
  const opts = {
    tool: 'bench',
    toolVersion: '1',
    createdAt: new Date(0),
    srcLang: 'fa-IR',
    tgtLang: 'en',
  } as const;
  return { xml: [...writeXliff12(docs, opts)].join(''), targets };
}

function importReports(api: BarabarApi, texts: readonly { name: string; text: string }[]): number[] {
  const results = api.services.documents.importFiles(
    texts.map((t) => ({ name: t.name, file: t.name, bytes: encoder.encode(t.text) })),
  );
  return results.map((r) => r.document.id);
}

/** `only`: run just these shapes ("many", "one"), e.g. `tsx bench/xliff-import.ts one`. */
export async function benchXliffImport(only: readonly string[] = []): Promise<Record<string, number>> {
  const want = (shape: string): boolean => only.length === 0 || only.includes(shape);
  const sentences = corpusSentences();
  const dir = mkdtempSync(join(tmpdir(), 'barabar-bench-'));
  const result: Record<string, number> = {};
  try {
    // Shape 1: 1,000 reports of 100 segments each.
    if (want('many')) {
      const api = createApi({ dbPath: join(dir, 'many.sqlite') });
      const ids = importReports(
        api,
        Array.from({ length: 1000 }, (_, i) => ({
          name: `report-${i}.txt`,
          text: report(`گزارش شماره ${i}`, sentences, 99, i * 7),
        })),
      );
      const { xml, targets } = xliffFor(api, ids);
      phase('importing 1,000 reports');
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const r = await api.services.exchange.importXliff(xml, 'many.xlf');
      result.manyReportsTargets = targets;
      result.manyReportsApplied = r.applied;
      result.manyReportsMs = Math.round(performance.now() - t0);
      result.manyReportsCpuMs = cpuMs(c0);
      phase(JSON.stringify(result));
      api.close();
    }
    // Shape 2: 25,000 segments in one report of about 4.8 MB.
    if (want('one')) {
      const api = createApi({ dbPath: join(dir, 'one.sqlite') });
      // The corpus's shorter sentences (about 200 bytes each), so 25,000 segments make about 4.8 MB.
      const short = sentences.filter((s) => {
        const bytes = encoder.encode(s).byteLength;
        return bytes >= 100 && bytes <= 280;
      });
      const text = report('گزارش بزرگ', short, 24_999, 0);
      const [id] = importReports(api, [{ name: 'big.txt', text }]);
      const { xml, targets } = xliffFor(api, [id!]);
      phase('importing one 4.8 MB report');
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const r = await api.services.exchange.importXliff(xml, 'one.xlf');
      result.oneReportMB = +(encoder.encode(text).byteLength / 2 ** 20).toFixed(1);
      result.oneReportTargets = targets;
      result.oneReportApplied = r.applied;
      result.oneReportMs = Math.round(performance.now() - t0);
      result.oneReportCpuMs = cpuMs(c0);
      phase(JSON.stringify(result));

      phase('autosave');
      // Autosave: saveTarget on random segments of that ~5 MB report, one call per keystroke pause.
      const rnd = random(7);
      const times: number[] = [];
      for (let i = 0; i < 2000; i++) {
        const index = Math.floor(rnd() * targets);
        const t = performance.now();
        api.services.documents.saveTarget({ documentId: id!, index, target: `Draft ${i} for ${index}.` });
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      result.saveTargetP50Ms = +times[Math.floor(times.length * 0.5)]!.toFixed(3);
      result.saveTargetP95Ms = +times[Math.floor(times.length * 0.95)]!.toFixed(3);
      api.close();
    }
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await benchXliffImport(process.argv.slice(2)), null, 2));
}
