// Export of 100,000 stored segments through the real path a user takes (`barabar export`): rows streamed
// from the SQLite file, the writer, and the atomic file write. Targets: ≤ 3 s and ≤ 300 MB peak RSS each.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeFileAtomically } from '../src/server/atomic-write';
import { createApi } from '../src/server/create-api';
import { readCorpus } from './common';

export async function benchExportsDb(n = 100_000): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'barabar-bench-'));
  try {
    const api = createApi({ dbPath: join(dir, 'bench.sqlite') });
    const db = api.services.db;
    const sentences = readCorpus()
      .split(/(?<=[.؟!])\s+/)
      .filter((s) => s.trim());
    const now = new Date().toISOString();
    db.transaction(() => {
      const id = Number(
        db
          .prepare(
            "INSERT INTO documents (name, sha256, encoding, text, created_at, updated_at) VALUES ('big.txt', 'x', 'utf-8', '', ?, ?)",
          )
          .run(now, now).lastInsertRowid,
      );
      const ins = db.prepare(
        "INSERT INTO segments (document_id, idx, paragraph, src_start, src_end, source, target, status, updated_at) VALUES (?, ?, ?, 0, 0, ?, ?, 'translated', ?)",
      );
      for (let i = 0; i < n; i++)
        ins.run(
          id,
          i,
          Math.floor(i / 5),
          sentences[i % sentences.length]!,
          `English sentence number ${i} with "quotes" & <angle brackets>.`,
          now,
        );
    })();
    const ids = api.services.documents.allIds();
    const result: Record<string, number> = { segments: n };
    for (const format of ['tmx', 'xliff', 'xliff12'] as const) {
      global.gc?.();
      const before = process.memoryUsage().rss;
      let peak = before;
      const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
      const out = join(dir, `export.${format}`);
      const t0 = performance.now();
      // Sample memory between chunks too: the export is synchronous, so the interval alone would not fire.
      const chunks = api.services.exchange.chunks(ids, format);
      const sampled = (function* () {
        let k = 0;
        for (const c of chunks) {
          if (++k % 200 === 0) peak = Math.max(peak, process.memoryUsage().rss);
          yield c;
        }
      })();
      writeFileAtomically(out, sampled);
      result[`${format}Ms`] = Math.round(performance.now() - t0);
      clearInterval(timer);
      result[`${format}PeakRssMB`] = Math.round(Math.max(peak, process.memoryUsage().rss) / 2 ** 20);
      result[`${format}FileMB`] = +(statSync(out).size / 2 ** 20).toFixed(1);
    }
    api.close();
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await benchExportsDb(), null, 2));
}
