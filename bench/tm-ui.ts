// The match panel through the UI path (issue 9): a generated reference memory of TM_UI_UNITS units
// (default 20,000; the HTTP door takes TMX files up to 64 MB, about 140,000 such units) is imported into
// the real browser-mode server, a report of perturbed memory sentences is opened in headless Chromium,
// and Alt+Down moves through it: each step is timed from the panel being asked for the new segment to its
// matches on screen (the renderer's ?perf=1 hook). Beside it, in the same run, the same lookups called
// straight over HTTP, so the UI's own share shows. Target: the panel updates within 50 ms.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TmPerfHook } from '../src/renderer/src/features/tm/tm-perf';
import type { DocumentDetail, DocumentSummary } from '../src/shared/model';
import { launchBrowser } from '../tests/e2e/helpers/browser';
import { ensureRendererBuilt } from '../tests/e2e/helpers/build-renderer';
import { apiCall, startWebServer } from '../tests/e2e/helpers/server';
import { random } from './common';
import { makeGenerator, perturb, writeBenchTmx } from './tm-data';

const STEPS = 40;

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return +(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN).toFixed(2);
};

export async function benchTmUi(units = Number(process.env.TM_UI_UNITS ?? 20_000)) {
  const dir = mkdtempSync(join(tmpdir(), 'barabar-tm-ui-'));
  await ensureRendererBuilt();
  const server = await startWebServer();
  const browser = await launchBrowser({ width: 1440, height: 900 });
  try {
    const rnd = random(5);
    const keep = new Set<number>();
    while (keep.size < STEPS + 1) keep.add(Math.floor(rnd() * units));
    const tmx = join(dir, 'memory.tmx');
    const kept = writeBenchTmx(tmx, units, keep);
    const i0 = performance.now();
    const imported = await apiCall<{ units: number }>(server, 'tm.import', {
      fileName: 'memory.tmx',
      contentBase64: readFileSync(tmx).toString('base64'),
      name: 'bench',
    });
    const importMs = Math.round(performance.now() - i0);

    // One paragraph per query, so every segment is a sentence the memory nearly holds.
    const vocab = makeGenerator(9).vocab;
    const queries = [...kept.values()].map((s) => perturb(s, vocab, rnd));
    const { document } = await apiCall<{ document: DocumentSummary }>(server, 'documents.import', {
      fileName: 'tm-ui-bench.txt',
      contentBase64: Buffer.from(`${queries.join('\n\n')}\n`, 'utf8').toString('base64'),
    });
    const doc = await apiCall<DocumentDetail>(server, 'documents.get', { id: document.id });

    // The first lookup builds the server's index: done before timing, as it is once per session.
    const w0 = performance.now();
    await apiCall(server, 'tm.lookup', { text: doc.segments[0]!.source, min: 70, max: 5 });
    const indexBuildMs = Math.round(performance.now() - w0);

    const direct: number[] = [];
    for (const s of doc.segments.slice(1, STEPS + 1)) {
      const t0 = performance.now();
      await apiCall(server, 'tm.lookup', {
        text: s.source,
        min: 70,
        max: 5,
        documentId: doc.id,
        index: s.index,
      });
      direct.push(performance.now() - t0);
    }

    const page = await browser.context.newPage();
    const u = new URL(server.url);
    u.searchParams.set('perf', '1');
    await page.goto(u.toString());
    await page.waitForSelector('.doc-row');
    await page.evaluate((d) => (window.location.hash = `#/doc/${d}/0`), doc.id);
    await page.waitForFunction(() => (window.__barabarTmPerf?.matchMs.length ?? 0) >= 1, undefined, {
      timeout: 60_000,
    });
    await page.locator('[data-testid="target-pane"] [role="textbox"]').first().focus();
    let withMatches = 0;
    for (let i = 1; i <= Math.min(STEPS, doc.segments.length - 1); i++) {
      await page.keyboard.press('Alt+ArrowDown');
      await page.waitForFunction((n) => (window.__barabarTmPerf?.matchMs.length ?? 0) > n, i, {
        timeout: 30_000,
      });
      if ((await page.locator('[data-testid="tm-matches"] .tm-match').count()) > 0) withMatches++;
    }
    const hook = await page.evaluate(() => window.__barabarTmPerf as TmPerfHook);
    const panel = hook.matchMs.slice(1);
    return {
      units: imported.units,
      import_http_ms: importMs,
      first_lookup_index_build_ms: indexBuildMs,
      steps: panel.length,
      steps_with_matches: withMatches,
      panel_update_p50_ms: pct(panel, 50),
      panel_update_p95_ms: pct(panel, 95),
      lookup_http_p50_ms: pct(direct, 50),
      lookup_http_p95_ms: pct(direct, 95),
    };
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchTmUi()
    .then((r) => process.stdout.write(`${JSON.stringify(r, null, 2)}\n`))
    .catch((err: unknown) => {
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exit(1);
    });
}
