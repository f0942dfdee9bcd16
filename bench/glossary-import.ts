// TBX import of 100,000 entries into a real database file through the glossary service (parse, identity
// checks, inserts, history): the figure a terminologist waits for. Target: ≤ 10 s.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeGlossary } from '../src/core/formats/glossary';
import type { EntryInput } from '../src/shared/model';
import { createApi } from '../src/server/create-api';

const LETTERS = 'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی';

/** Deterministic pseudo-Persian multi-word terms, all distinct. */
export function syntheticEntries(n: number): EntryInput[] {
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const word = () =>
    Array.from({ length: 3 + Math.floor(rnd() * 5) }, () => LETTERS[Math.floor(rnd() * LETTERS.length)]).join(
      '',
    );
  return Array.from({ length: n }, (_, i) => ({
    subject: 'general' as const,
    note: i % 10 === 0 ? `note ${i}` : undefined,
    terms: [
      { lang: 'fa' as const, text: `${word()} ${word()} ${i.toString(36)}`, status: 'preferred' as const },
      { lang: 'en' as const, text: `term ${i}`, status: 'preferred' as const },
      ...(i % 5 === 0 ? [{ lang: 'en' as const, text: `old term ${i}`, status: 'deprecated' as const }] : []),
    ],
  }));
}

export async function benchGlossaryImport(n = 100_000): Promise<Record<string, number>> {
  const tbx = [...writeGlossary(syntheticEntries(n), 'tbx', { createdAt: new Date(0), tool: 'bench' })].join(
    '',
  );
  const dir = mkdtempSync(join(tmpdir(), 'barabar-bench-'));
  try {
    const api = createApi({ dbPath: join(dir, 'bench.sqlite') });
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const report = await api.services.glossary.importText(tbx, 'bench.tbx', 'tbx');
    const importMs = performance.now() - t0;
    const cpu = process.cpuUsage(c0);
    if (!report.applied || report.added !== n)
      throw new Error(`import failed: ${JSON.stringify(report).slice(0, 300)}`);
    const t1 = performance.now();
    api.services.glossary.matcher();
    const matcherMs = performance.now() - t1;
    api.close();
    return {
      entries: n,
      tbxMB: +(tbx.length / 2 ** 20).toFixed(1),
      tbxImportMs: Math.round(importMs),
      tbxImportCpuMs: Math.round((cpu.user + cpu.system) / 1000),
      matcherFromDbMs: Math.round(matcherMs),
      targetMs: 10_000,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await benchGlossaryImport(), null, 2));
}
